import { ApiError } from "./api-error.js";
import type { RequestFetch } from "./throttle.js";

/** What the timeout layer needs to build a redacted error. */
export interface TimeoutContext {
  service: string;
  secrets: readonly string[];
  timeoutMs: number;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Wrap a fetch with a per-attempt deadline (AbortSignal) that also covers reading the body, which is
 * buffered so later layers can re-read it. A deadline becomes `ApiError{kind:'timeout'}`, any other
 * transport failure `ApiError{kind:'network'}`; an abort by the caller is rethrown unchanged.
 */
export function withTimeout(fetchImpl: RequestFetch, ctx: TimeoutContext): RequestFetch {
  return async (request) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ctx.timeoutMs);
    const signal = AbortSignal.any([request.signal, controller.signal]);
    try {
      const response = await fetchImpl(new Request(request, { signal }));
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      const buffered = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // A constructed Response has an empty `url`; keep the real one for error messages.
      Object.defineProperty(buffered, "url", { value: response.url || request.url });
      return buffered;
    } catch (error) {
      if (request.signal.aborted) throw error;
      const timedOut = controller.signal.aborted;
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      throw new ApiError({
        kind: timedOut ? "timeout" : "network",
        message: timedOut
          ? `${ctx.service} ${request.method} ${request.url} timed out after ${ctx.timeoutMs} ms: raise timeoutMs or check the service status`
          : `${ctx.service} ${request.method} ${request.url} failed before a response: ${(error as Error)?.message ?? String(error)}`,
        method: request.method,
        url: request.url,
        service: ctx.service,
        cause: error,
        secrets: ctx.secrets,
        ...(typeof code === "string" ? { code } : {}),
      });
    } finally {
      clearTimeout(timer);
    }
  };
}
