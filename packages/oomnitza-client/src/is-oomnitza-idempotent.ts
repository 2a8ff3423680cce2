// POSTs that only set state (assign/unassign, store an external id) give the same result when repeated;
// POSTs that create a record (users, SaaS, roles) may already have been applied after a 5xx or timeout.
const IDEMPOTENT_POST = /\/api\/v3\/saas\/[^/]+\/users(?:\/[^/]+)?\/?$/;

/** Which Oomnitza requests may be resent after the server may have acted (given to the transport's retry). */
export function isOomnitzaIdempotent(method: string, url: URL): boolean {
  const m = method.toUpperCase();
  if (m === "POST") return IDEMPOTENT_POST.test(url.pathname);
  return ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"].includes(m);
}
