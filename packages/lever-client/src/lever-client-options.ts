import type { Hooks, Logger, RateLimitOptions, RetryOptions } from "@lever-oomnitza/http";

/** Lever Data API roots (https://hire.lever.co/developer/documentation); the EU root is third-party evidence only. */
export const LEVER_BASE_URLS = {
  global: "https://api.lever.co/v1",
  eu: "https://api.eu.lever.co/v1",
  sandbox: "https://api.sandbox.lever.co/v1",
} as const;

/** A Lever data center / environment. */
export type LeverRegion = keyof typeof LEVER_BASE_URLS;

/**
 * Options for {@link createLeverClient}. Give exactly one of `apiKey`, `accessToken`, `getAccessToken`.
 * Every option accepts `undefined` (as `process.env.X` is typed), which means "not given".
 */
export interface LeverClientOptions {
  /** Customer API key, sent as HTTP Basic username with an empty password. Usually `process.env.LEVER_API_KEY`. */
  apiKey?: string | undefined;
  /** OAuth access token, sent as `Bearer`. */
  accessToken?: string | undefined;
  /** OAuth token source, called before every request (refresh inside it). */
  getAccessToken?: (() => string | Promise<string>) | undefined;
  /** Which Lever root to use (default `global`); ignored when `baseUrl` is given. */
  region?: LeverRegion | undefined;
  /** Explicit API root, e.g. `http://127.0.0.1:4010/v1` for the sandbox. HTTPS unless loopback or `allowInsecureHttp`. */
  baseUrl?: string | undefined;
  /** Allow plain `http://` to a non-loopback host (the API key then travels unencrypted). */
  allowInsecureHttp?: boolean | undefined;
  /** Client-side token bucket (default 10/s, burst 16, at most 20 in any second: under Lever's documented 10/s, burst 20); `false` disables. */
  rateLimit?: RateLimitOptions | false | undefined;
  /** Retry policy (default 5 attempts, 500 ms base, 30 s cap); `false` disables. */
  retry?: Partial<RetryOptions> | false | undefined;
  /** Per-attempt timeout in ms (default 30 000; 1 to 2 147 483 647). */
  timeoutMs?: number | undefined;
  /** Largest response body read, counted after decompression (default 64 MiB); more ends with `ApiError{kind:'body-too-large'}`. */
  maxBodyBytes?: number | undefined;
  /** Users per page of `users.list` (1 to 100, default 100); a query's own `pageSize` wins. */
  pageSize?: number | undefined;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch | undefined;
  /** pino-compatible logger; nothing is logged without one. */
  logger?: Logger | undefined;
  /** Called for every attempt of every request: `onRequest`, `onResponse`, `onRetry`. */
  hooks?: Hooks | undefined;
}
