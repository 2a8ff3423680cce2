import { ApiError } from "./api-error.js";
import { readBodyCapped } from "./body-too-large.js";
import { BufferedResponse, bufferedResponse, hasNullBody } from "./buffered-response.js";
import { CALL_TIMEOUT_HEADER } from "./call-options.js";
import { failureCause } from "./failure-cause.js";
import type { RequestFetch } from "./throttle.js";

/** What the timeout layer needs to build a redacted error. */
export interface TimeoutContext {
  service: string;
  secrets: readonly string[];
  timeoutMs: number;
  /** Largest body read, counted after decompression. */
  maxBodyBytes: number;
  /**
   * `fetchImpl` takes the deadline signal as its second argument (the built-in node:http fetch) instead of
   * a new `Request` carrying it: each undici `Request` built on a signal is registered with a
   * FinalizationRegistry, which keeps it (and what it reaches) alive through young-generation GCs.
   */
  takesSignal?: boolean;
}

function failure(
  error: unknown,
  request: Request,
  ctx: TimeoutContext,
  timedOut: boolean,
  timeoutMs: number,
): ApiError {
  const common = { method: request.method, url: request.url, service: ctx.service, secrets: ctx.secrets };
  const where = `${ctx.service} ${request.method} ${request.url}`;
  if (timedOut) {
    return new ApiError({
      ...common,
      kind: "timeout",
      message: `${where} timed out after ${timeoutMs} ms: raise timeoutMs or check the service status`,
      cause: error,
    });
  }
  const cause = failureCause(error);
  if (cause.code === "ERR_BODY_TOO_LARGE") {
    return new ApiError({
      ...common,
      kind: "body-too-large",
      code: cause.code,
      message: `${where}: the response body is larger than maxBodyBytes (${ctx.maxBodyBytes} bytes after decompression); reading stopped. Raise maxBodyBytes only if a page of this API really is that large`,
      cause: error,
    });
  }
  const host = new URL(request.url).host;
  return new ApiError({
    ...common,
    kind: "network",
    message: `${where} failed before a response: ${cause.text}${cause.code ? ` [${cause.code}]` : ""} (${host})`,
    cause: error,
    ...(cause.code ? { code: cause.code } : {}),
  });
}

/**
 * Wrap a fetch with a per-attempt deadline (AbortSignal) that also covers reading the body, which is
 * buffered once (at most `maxBodyBytes` decoded bytes) into a {@link BufferedResponse} every later layer
 * reads without copying it. An injected fetch is
 * told not to follow redirects (`redirect: "manual"`). A deadline becomes `ApiError{kind:'timeout'}`, an
 * oversized body `ApiError{kind:'body-too-large'}`, any other transport failure `ApiError{kind:'network'}`
 * naming its cause (connection refused, host not found, TLS certificate problem, …); an abort by the
 * caller is rethrown unchanged.
 */
export function withTimeout(
  fetchImpl: RequestFetch | ((request: Request, signal: AbortSignal) => Promise<Response>),
  ctx: TimeoutContext,
): RequestFetch {
  return async (request): Promise<BufferedResponse> => {
    // A per-call deadline travels as an internal header (see callInit); it is never sent.
    const perCall = request.headers.get(CALL_TIMEOUT_HEADER);
    if (perCall !== null) request.headers.delete(CALL_TIMEOUT_HEADER);
    const timeoutMs = perCall === null ? ctx.timeoutMs : Number(perCall);
    // An aborted call sends nothing more.
    if (request.signal.aborted) throw request.signal.reason;
    // One controller for both the deadline and the caller's abort (no AbortSignal.any: its composite
    // signal is tracked through WeakRefs on both sources, more per-request objects the scavenger keeps).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(request.signal.reason);
    if (request.signal.aborted) onAbort();
    else request.signal.addEventListener("abort", onAbort, { once: true });
    const signal = controller.signal;
    try {
      const response = ctx.takesSignal
        ? await fetchImpl(request, signal)
        : await (fetchImpl as RequestFetch)(new Request(request, { signal, redirect: "manual" }));
      // The built-in fetch hands back a BufferedResponse already; an injected one is read here, once.
      if (response instanceof BufferedResponse) return response;
      const body = hasNullBody(response.status) ? null : await readBodyCapped(response, ctx.maxBodyBytes);
      return bufferedResponse(body, response, response.url || request.url);
    } catch (error) {
      if (request.signal.aborted && !timedOut) throw error;
      throw failure(error, request, ctx, timedOut, timeoutMs);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", onAbort);
    }
  };
}
