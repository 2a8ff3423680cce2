/** What every hook is told about the attempt. The URL has every secret redacted. */
export interface RequestHookInfo {
  /** "lever" | "oomnitza". */
  service: string;
  method: string;
  /** The request URL, every secret redacted. */
  url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
}

/** An attempt that got an HTTP response (any status, errors included). */
export interface ResponseHookInfo extends RequestHookInfo {
  status: number;
  /** The server's request id header (`x-request-id` and the like), when sent. */
  requestId?: string | undefined;
}

/** A failed attempt that is retried after `delayMs`. */
export interface RetryHookInfo extends RequestHookInfo {
  /** The status that is retried; absent for a network failure or timeout. */
  status?: number | undefined;
  requestId?: string | undefined;
  /** How long the client waits before the next attempt (`Retry-After` or backoff). */
  delayMs: number;
  /** The failure without a response (redacted), e.g. a timeout or "connection refused". */
  error?: string | undefined;
}

/**
 * Callbacks for every attempt of every request of one client: `onRequest` before each attempt,
 * `onResponse` when one answers, `onRetry` when one is retried. Payloads never carry a secret; a hook
 * that throws fails the call.
 */
export interface Hooks {
  onRequest?: ((info: RequestHookInfo) => void) | undefined;
  onResponse?: ((info: ResponseHookInfo) => void) | undefined;
  onRetry?: ((info: RetryHookInfo) => void) | undefined;
}
