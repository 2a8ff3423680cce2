import type { Hooks, Logger, RateLimitOptions, RetryOptions } from "@lever-oomnitza/http";

/**
 * Options of {@link createOomnitzaClient}. Give `baseUrl` or `subdomain`, and `token` or `username`+`password`.
 * Every option accepts `undefined` (as `process.env.X` is typed), which means "not given".
 */
export interface OomnitzaClientOptions {
  /** Tenant URL, e.g. `https://acme.oomnitza.com` (a trailing `/api/v3` is tolerated). */
  baseUrl?: string | undefined;
  /** Tenant subdomain: `acme` → `https://acme.oomnitza.com`. */
  subdomain?: string | undefined;
  /** API token, sent as `Authorization2: <token>` (no "Bearer"). Usually from `OOMNITZA_API_TOKEN`. */
  token?: string | undefined;
  /** Oomnitza username for HTTP Basic (instead of a token). */
  username?: string | undefined;
  /** Oomnitza password for HTTP Basic. */
  password?: string | undefined;
  /**
   * A fixed client-side budget for every request; `false` disables throttling. Without it (the default)
   * reads keep 50/s, burst 50, and writes adapt: they start at 50/s, rise while Oomnitza answers cleanly
   * and back off on 429s, 503s, timeouts and latency rises (Oomnitza publishes no limit).
   */
  rateLimit?: RateLimitOptions | false | undefined;
  /** Ceiling of the adaptive write rate (default 500/s, `ADAPTIVE_DEFAULT_MAX_PER_SECOND`); not with `rateLimit`. */
  maxPerSecond?: number | undefined;
  /** Retry policy (default 5 attempts, 500 ms base, 30 s cap); `false` sends each request once. */
  retry?: Partial<RetryOptions> | false | undefined;
  /** Per-attempt timeout in ms (default 30 000; 1 to 2 147 483 647). */
  timeoutMs?: number | undefined;
  /** Largest response body read, counted after decompression (default 64 MiB); more ends with `ApiError{kind:'body-too-large'}`. */
  maxBodyBytes?: number | undefined;
  /** Page size for list operations (default 100). */
  pageSize?: number | undefined;
  /** SaaS-user ids per activate/deactivate request (default 100). */
  batchSize?: number | undefined;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch | undefined;
  /** pino-compatible logger; nothing is logged without one. */
  logger?: Logger | undefined;
  /** Called for every attempt of every request: `onRequest`, `onResponse`, `onRetry`. */
  hooks?: Hooks | undefined;
  /** Extra headers on every request, e.g. `{ "Oomnitza-Not-Trigger-WF": "1" }`. */
  headers?: Record<string, string> | undefined;
  /** Allow plain `http://` to a non-loopback host (credentials then travel unencrypted). */
  allowInsecureHttp?: boolean | undefined;
  /** Injectable wait used by retries and the throttle (tests). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Injectable jitter source (tests). */
  random?: (() => number) | undefined;
}
