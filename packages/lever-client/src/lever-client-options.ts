import type { Logger, RateLimitOptions, RetryOptions } from "@lever-oomnitza/http";

/** Lever Data API roots (https://hire.lever.co/developer/documentation); the EU root is third-party evidence only. */
export const LEVER_BASE_URLS = {
  global: "https://api.lever.co/v1",
  eu: "https://api.eu.lever.co/v1",
  sandbox: "https://api.sandbox.lever.co/v1",
} as const;

/** A Lever data center / environment. */
export type LeverRegion = keyof typeof LEVER_BASE_URLS;

/** Options for {@link createLeverClient}. Give exactly one of `apiKey`, `accessToken`, `getAccessToken`. */
export interface LeverClientOptions {
  /** Customer API key, sent as HTTP Basic username with an empty password. Usually `process.env.LEVER_API_KEY`. */
  apiKey?: string;
  /** OAuth access token, sent as `Bearer`. */
  accessToken?: string;
  /** OAuth token source, called before every request (refresh inside it). */
  getAccessToken?: () => string | Promise<string>;
  /** Which Lever root to use (default `global`); ignored when `baseUrl` is given. */
  region?: LeverRegion;
  /** Explicit API root, e.g. `http://127.0.0.1:4010/v1` for the sandbox. HTTPS unless loopback. */
  baseUrl?: string;
  /** Client-side token bucket (default 10/s, burst 18: just under Lever's documented 10/s, burst 20); `false` disables. */
  rateLimit?: RateLimitOptions | false;
  /** Retry policy (default 5 attempts, 500 ms base, 30 s cap); `false` disables. */
  retry?: Partial<RetryOptions> | false;
  /** Per-attempt timeout in ms (default 30 000; 1 to 2 147 483 647). */
  timeoutMs?: number;
  /** Largest response body read, counted after decompression (default 64 MiB); more ends with `ApiError{kind:'body-too-large'}`. */
  maxBodyBytes?: number;
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
}
