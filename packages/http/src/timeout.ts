import { ApiError } from "./api-error.js";
import type { RequestFetch } from "./throttle.js";

/** What the timeout layer needs to build a redacted error. */
export interface TimeoutContext {
  service: string;
  secrets: readonly string[];
  timeoutMs: number;
  /**
   * `fetchImpl` takes the deadline signal as its second argument (the built-in node:http fetch) instead of
   * a new `Request` carrying it: each undici `Request` built on a signal is registered with a
   * FinalizationRegistry, which keeps it (and what it reaches) alive through young-generation GCs.
   */
  takesSignal?: boolean;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Wrap a fetch with a per-attempt deadline (AbortSignal) that also covers reading the body, which is
 * buffered so later layers can re-read it. A deadline becomes `ApiError{kind:'timeout'}`, any other
 * transport failure `ApiError{kind:'network'}`; an abort by the caller is rethrown unchanged.
 */
export function withTimeout(
  fetchImpl: RequestFetch | ((request: Request, signal: AbortSignal) => Promise<Response>),
  ctx: TimeoutContext,
): RequestFetch {
  return async (request) => {
    // One controller for both the deadline and the caller's abort (no AbortSignal.any: its composite
    // signal is tracked through WeakRefs on both sources, more per-request objects the scavenger keeps).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ctx.timeoutMs);
    const onAbort = () => controller.abort(request.signal.reason);
    if (request.signal.aborted) onAbort();
    else request.signal.addEventListener("abort", onAbort, { once: true });
    const signal = controller.signal;
    try {
      const response = ctx.takesSignal
        ? await fetchImpl(request, signal)
        : await (fetchImpl as RequestFetch)(new Request(request, { signal }));
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
      if (request.signal.aborted && !timedOut) throw error;
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
      request.signal.removeEventListener("abort", onAbort);
    }
  };
}
