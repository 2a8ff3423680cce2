import { DEFAULT_MAX_BODY_BYTES } from "./body-too-large.js";
import type { Hooks } from "./hooks.js";
import { type Logger, silentLogger } from "./logger.js";
import { createNodeHttpFetch } from "./node-http-fetch.js";
import { refuseRedirects } from "./refuse-redirects.js";
import { DEFAULT_RETRY, type RetryOptions, withRetry } from "./retry.js";
import { sleep as realSleep } from "./sleep.js";
import { countRequests, createStats, type TransportStats } from "./stats.js";
import { type RequestFetch, throttle } from "./throttle.js";
import { withTimeout } from "./timeout.js";
import { type RateLimitOptions, TokenBucket } from "./token-bucket.js";
import { checkLimit, TRANSPORT_LIMITS } from "./transport-limits.js";

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
  /** Per-attempt deadline in ms (default 30 000; at most 2 147 483 647, Node's timer limit). */
  timeoutMs?: number;
  /** Largest response body read, counted after decompression (default 64 MiB). */
  maxBodyBytes?: number;
  /** Replaces the built-in keep-alive `node:http` fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
  /** Called for every attempt (see {@link Hooks}); never given a secret. */
  hooks?: Hooks;
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
  checkLimit("retry.attempts", merged.attempts, TRANSPORT_LIMITS.attempts);
  for (const key of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const)
    checkLimit(`retry.${key}`, merged[key], TRANSPORT_LIMITS.delayMs);
  return merged;
}

/** Every numeric option in range, or a `TransportOptionError` naming the option and its range. */
function checkOptions(o: TransportOptions): void {
  checkLimit("timeoutMs", o.timeoutMs, TRANSPORT_LIMITS.timeoutMs);
  checkLimit("maxBodyBytes", o.maxBodyBytes, TRANSPORT_LIMITS.maxBodyBytes);
  if (o.rateLimit) {
    checkLimit("rateLimit.perSecond", o.rateLimit.perSecond, TRANSPORT_LIMITS.perSecond);
    checkLimit("rateLimit.burst", o.rateLimit.burst, TRANSPORT_LIMITS.burst);
  }
}

/**
 * Build the fetch both clients hand to openapi-fetch:
 * retry( throttle( refuseRedirects( count( timeout( fetch ) ) ) ) ).
 * Every attempt (including retries) takes a throttle token and is counted in `stats`. Out-of-range
 * options throw `TransportOptionError` here, before any request.
 */
export function createTransport(o: TransportOptions): {
  fetch: typeof globalThis.fetch;
  stats: TransportStats;
} {
  const stats = createStats();
  const logger = o.logger ?? silentLogger;
  const sleep = o.sleep ?? realSleep;
  checkOptions(o);
  const retry = resolveRetry(o.retry);
  const timeoutMs = o.timeoutMs ?? 30_000;
  const maxBodyBytes = o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutCtx = { service: o.service, secrets: o.secrets, timeoutMs, maxBodyBytes };
  // Without an injected fetch: node:http, not the global fetch, whose per-request garbage V8 promotes
  // (see createNodeHttpFetch); interceptors such as nock patch node:http as well.
  let chain: RequestFetch = o.fetch
    ? withTimeout(o.fetch as RequestFetch, timeoutCtx)
    : withTimeout(createNodeHttpFetch({ maxBodyBytes }), { ...timeoutCtx, takesSignal: true });
  chain = countRequests(chain, stats);
  chain = refuseRedirects(chain, { service: o.service, secrets: o.secrets });
  if (o.rateLimit !== false) {
    const bucket = new TokenBucket({ ...(o.rateLimit ?? { perSecond: 10, burst: 20 }), sleep });
    chain = throttle(chain, bucket);
  }
  chain = withRetry(chain, retry, {
    service: o.service,
    secrets: o.secrets,
    logger,
    stats,
    sleep,
    ...(o.hooks ? { hooks: o.hooks } : {}),
    isIdempotent: o.isIdempotent ?? ((method) => isIdempotentMethod(method)),
    ...(o.random ? { random: o.random } : {}),
  });
  const fetchImpl = (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit): Promise<Response> =>
    chain(input instanceof Request && init === undefined ? input : new Request(input, init));
  return { fetch: fetchImpl as typeof globalThis.fetch, stats };
}
