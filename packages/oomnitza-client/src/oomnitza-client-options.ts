import type { Logger, RateLimitOptions, RetryOptions } from "@lever-oomnitza/http";

/** Options of {@link createOomnitzaClient}. Give `baseUrl` or `subdomain`, and `token` or `username`+`password`. */
export interface OomnitzaClientOptions {
  /** Tenant URL, e.g. `https://acme.oomnitza.com` (a trailing `/api/v3` is tolerated). */
  baseUrl?: string;
  /** Tenant subdomain: `acme` → `https://acme.oomnitza.com`. */
  subdomain?: string;
  /** API token, sent as `Authorization2: <token>` (no "Bearer"). Usually from `OOMNITZA_API_TOKEN`. */
  token?: string;
  /** Oomnitza username for HTTP Basic (instead of a token). */
  username?: string;
  /** Oomnitza password for HTTP Basic. */
  password?: string;
  /** Client-side throttle (default 50/s, burst 50: Oomnitza publishes no limit); `false` disables it. */
  rateLimit?: RateLimitOptions | false;
  /** Retry policy (default 5 attempts, 500 ms base, 30 s cap); `false` sends each request once. */
  retry?: Partial<RetryOptions> | false;
  /** Per-attempt timeout in ms (default 30 000; 1 to 2 147 483 647). */
  timeoutMs?: number;
  /** Largest response body read, counted after decompression (default 64 MiB); more ends with `ApiError{kind:'body-too-large'}`. */
  maxBodyBytes?: number;
  /** Page size for list operations (default 100). */
  pageSize?: number;
  /** SaaS-user ids per activate/deactivate request (default 100). */
  batchSize?: number;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** pino-compatible logger; nothing is logged without one. */
  logger?: Logger;
  /** Extra headers on every request, e.g. `{ "Oomnitza-Not-Trigger-WF": "1" }`. */
  headers?: Record<string, string>;
  /** Allow plain `http://` to a non-loopback host (credentials then travel unencrypted). */
  allowInsecureHttp?: boolean;
  /** Injectable wait used by retries and the throttle (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable jitter source (tests). */
  random?: () => number;
}
