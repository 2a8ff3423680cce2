import type { ErrorKind } from "./api-error.js";

/** Map an HTTP status to an {@link ErrorKind}. */
export function kindForStatus(status: number): ErrorKind {
  if (status === 401) return "auth";
  if (status === 403) return "permission";
  if (status === 404 || status === 410) return "not-found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate-limited";
  if (status >= 300 && status < 400 && status !== 304) return "redirect";
  if (status >= 500) return "server";
  return "bad-request";
}
