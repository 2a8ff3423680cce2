import { ApiError } from "./api-error.js";
import type { RequestFetch } from "./throttle.js";

/**
 * Wrap a fetch so a 3xx answer (other than 304) ends the request with `ApiError{kind:'redirect'}` naming
 * both the request URL and where the server pointed. Neither API redirects; a client that followed would
 * send its credentials (Oomnitza's `Authorization2` survives even fetch's cross-origin header stripping),
 * and with a 307 the request body, to whatever host the answer names, in clear text after an `http://` one.
 */
export function refuseRedirects(
  next: RequestFetch,
  ctx: { service: string; secrets: readonly string[] },
): RequestFetch {
  return async (request) => {
    const response = await next(request);
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
    const raw = response.headers.get("location");
    let location = raw ?? "(no Location header)";
    try {
      if (raw !== null) location = new URL(raw, request.url).href;
    } catch {
      // An unparsable Location is shown as sent.
    }
    throw new ApiError({
      kind: "redirect",
      status: response.status,
      method: request.method,
      url: request.url,
      location,
      service: ctx.service,
      secrets: ctx.secrets,
      message: `${ctx.service} ${request.method} ${request.url} → ${response.status} redirect to ${location}: refused, API requests do not follow redirects (the credentials would go along). Point the base URL at the address the API really answers on`,
    });
  };
}
