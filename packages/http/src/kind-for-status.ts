/** What went wrong, in terms a caller can branch on. */
export type ErrorKind =
  | "auth"
  | "permission"
  | "not-found"
  | "bad-request"
  | "conflict"
  | "rate-limited"
  | "server"
  | "network"
  | "timeout"
  | "invalid-response"
  | "redirect"
  | "body-too-large"
  | "aborted";

/** Map an HTTP status to an {@link ErrorKind}: the one home of both, which `ApiError` and `decideFailure` share. */
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
