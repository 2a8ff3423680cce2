import { type Logger, silentLogger } from "./logger.js";
import { createNodeHttpFetch } from "./node-http-fetch.js";
import { DEFAULT_RETRY, type RetryOptions, withRetry } from "./retry.js";
import { sleep as realSleep } from "./sleep.js";
import { countRequests, createStats, type TransportStats } from "./stats.js";
import { type RequestFetch, throttle } from "./throttle.js";
import { withTimeout } from "./timeout.js";
import { type RateLimitOptions, TokenBucket } from "./token-bucket.js";

/** Options for {@link createTransport}. */
export interface TransportOptions {
  /** "lever" | "oomnitza": used in messages and logs. */
  service: string;
  baseUrl: string;
  /** Redacted from every message, log line and error. */
  secrets: string[];
  /** Token bucket shared by every call; `false` disables throttling. */
  rateLimit?: RateLimitOptions | false;
  /** Retry policy; `false` sends each request once. */
  retry?: Partial<RetryOptions> | false;
  /** Per-attempt deadline in ms (default 30 000). */
  timeoutMs?: number;
  /** Replaces the built-in keep-alive `node:http` fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
  /** Which requests are safe to resend after the server may have acted (default: GET, HEAD, PUT, DELETE, OPTIONS). */
  isIdempotent?: (method: string, url: URL) => boolean;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source, injectable for tests. */
  random?: () => number;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** The default idempotency rule: RFC 9110 §9.2.2 idempotent methods. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

function resolveRetry(retry: TransportOptions["retry"]): Required<RetryOptions> {
  if (retry === false) return { ...DEFAULT_RETRY, attempts: 1 };
  const merged = { ...DEFAULT_RETRY, ...retry };
  if (!(merged.attempts >= 1)) throw new RangeError(`retry.attempts must be >= 1, got ${merged.attempts}`);
  return merged;
}

/**
 * Build the fetch both clients hand to openapi-fetch: retry( throttle( count( timeout( fetch ) ) ) ).
 * Every attempt (including retries) takes a throttle token and is counted in `stats`.
 */
export function createTransport(o: TransportOptions): {
  fetch: typeof globalThis.fetch;
  stats: TransportStats;
} {
  const stats = createStats();
  const logger = o.logger ?? silentLogger;
  const sleep = o.sleep ?? realSleep;
  const timeoutMs = o.timeoutMs ?? 30_000;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
  const timeoutCtx = { service: o.service, secrets: o.secrets, timeoutMs };
  // Without an injected fetch: node:http, not the global fetch, whose per-request garbage V8 promotes
  // (see createNodeHttpFetch); interceptors such as nock patch node:http as well.
  let chain: RequestFetch = o.fetch
    ? withTimeout(o.fetch as RequestFetch, timeoutCtx)
    : withTimeout(createNodeHttpFetch(), { ...timeoutCtx, takesSignal: true });
  chain = countRequests(chain, stats);
  if (o.rateLimit !== false) {
    const bucket = new TokenBucket({ ...(o.rateLimit ?? { perSecond: 10, burst: 20 }), sleep });
    chain = throttle(chain, bucket);
  }
  chain = withRetry(chain, resolveRetry(o.retry), {
    service: o.service,
    secrets: o.secrets,
    logger,
    stats,
    sleep,
    isIdempotent: o.isIdempotent ?? ((method) => isIdempotentMethod(method)),
    ...(o.random ? { random: o.random } : {}),
  });
  const fetchImpl = (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit): Promise<Response> =>
    chain(input instanceof Request && init === undefined ? input : new Request(input, init));
  return { fetch: fetchImpl as typeof globalThis.fetch, stats };
}
