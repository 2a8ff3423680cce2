// Deactivate/reactivate set a state, so repeating them gives the same result; POST /users creates and may
// already have been applied after a 5xx or timeout (Lever has no idempotency key; docs/vendor-facts.md#lever-users).
const STATE_POST = /\/users\/[^/]+\/(?:deactivate|reactivate)\/?$/;

/** Which Lever requests may be resent after the server may have acted (given to the transport's retry). */
export function isLeverIdempotent(method: string, url: URL): boolean {
  const m = method.toUpperCase();
  if (m === "POST") return STATE_POST.test(url.pathname);
  return ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"].includes(m);
}
