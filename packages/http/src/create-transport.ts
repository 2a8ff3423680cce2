import { AdaptiveRate, type AdaptiveRateOptions, type WriteRateReport } from "./adaptive-rate.js";
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
  /** Token bucket shared by every call (only reads with `adaptiveWrites`); `false` disables throttling. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Writes (every method but GET, HEAD, OPTIONS) take their tokens from an {@link AdaptiveRate} with
   * these options instead of `rateLimit`: it rises while answers are clean and cuts on 429s, overload and
   * latency. Reads stay on `rateLimit`.
   */
  adaptiveWrites?: Omit<AdaptiveRateOptions, "sleep">;
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
  for (const key of ["startPerSecond", "maxPerSecond", "minPerSecond"] as const)
    checkLimit(`adaptiveWrites.${key}`, o.adaptiveWrites?.[key], TRANSPORT_LIMITS.perSecond);
}

/**
 * Build the fetch both clients hand to openapi-fetch:
 * retry( throttle( refuseRedirects( count( timeout( fetch ) ) ) ) ).
 * Every attempt (including retries) takes a throttle token and is counted in `stats`. Out-of-range
 * options throw `TransportOptionError` here, before any request. `writeRate()` tells how the write rate
 * went (adaptive, fixed or off).
 */
export function createTransport(o: TransportOptions): {
  fetch: typeof globalThis.fetch;
  stats: TransportStats;
  writeRate: () => WriteRateReport;
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
  const bucket =
    o.rateLimit === false
      ? undefined
      : new TokenBucket({ ...(o.rateLimit ?? { perSecond: 10, burst: 20 }), sleep });
  const adaptive = o.adaptiveWrites ? new AdaptiveRate({ ...o.adaptiveWrites, sleep }) : undefined;
  if (bucket || adaptive) chain = throttle(chain, bucket, adaptive);
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
  const writeRate = (): WriteRateReport => adaptive?.report() ?? fixedWriteRate(o.rateLimit);
  return { fetch: fetchImpl as typeof globalThis.fetch, stats, writeRate };
}

/** The report of a write rate that does not adapt: the bucket's rate throughout, or none. */
function fixedWriteRate(rateLimit: TransportOptions["rateLimit"]): WriteRateReport {
  const perSecond = rateLimit === false ? null : (rateLimit?.perSecond ?? 10);
  return {
    mode: perSecond === null ? "off" : "fixed",
    startPerSecond: perSecond,
    maxPerSecond: perSecond,
    reachedPerSecond: perSecond,
    settledPerSecond: perSecond,
    achievedPerSecond: null,
    cutCount: 0,
    cuts: [],
  };
}
