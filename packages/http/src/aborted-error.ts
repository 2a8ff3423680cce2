import { ApiError } from "./api-error.js";

/** `ApiError{kind:'aborted'}` for a request whose caller aborted its signal; the reason is the `cause`. */
export function abortedError(o: {
  service: string;
  secrets: readonly string[];
  request: Request;
  reason?: unknown;
}): ApiError {
  return new ApiError({
    kind: "aborted",
    message: `${o.service} ${o.request.method} ${o.request.url} was aborted by the caller; no further attempt was sent`,
    method: o.request.method,
    url: o.request.url,
    service: o.service,
    secrets: o.secrets,
    ...(o.reason !== undefined ? { cause: o.reason } : {}),
  });
}
