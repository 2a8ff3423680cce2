import { checkLimit, TRANSPORT_LIMITS } from "./transport-limits.js";

/** The last, optional argument of every client helper method. */
export interface CallOptions {
  /** Cancels the call: the client throws `ApiError{kind:'aborted'}` and sends no further attempt. */
  signal?: AbortSignal | undefined;
  /** Per-attempt deadline for this call only, in ms (overrides the client's `timeoutMs`). */
  timeoutMs?: number | undefined;
  /** Extra request headers for this call only. */
  headers?: Record<string, string> | undefined;
}

/**
 * The request header that carries a per-call `timeoutMs` from the client helper to the transport's
 * timeout layer, which removes it before the request is sent.
 */
export const CALL_TIMEOUT_HEADER = "x-lever-oomnitza-timeout-ms";

/**
 * The openapi-fetch request fields for {@link CallOptions}: `signal` and the headers (`extra` first, then
 * the call's own). A `timeoutMs` out of range throws a `RangeError` naming it.
 */
export function callInit(
  options: CallOptions | undefined,
  extra?: Record<string, string>,
): { signal?: AbortSignal; headers?: Record<string, string> } {
  if (options === undefined && extra === undefined) return {};
  checkLimit("timeoutMs", options?.timeoutMs, TRANSPORT_LIMITS.timeoutMs);
  const headers = {
    ...extra,
    ...options?.headers,
    ...(options?.timeoutMs !== undefined ? { [CALL_TIMEOUT_HEADER]: String(options.timeoutMs) } : {}),
  };
  return {
    ...(options?.signal ? { signal: options.signal } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}
