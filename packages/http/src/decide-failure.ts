import { errorCode, isTlsCode } from "./failure-cause.js";
import { kindForStatus } from "./kind-for-status.js";

/**
 * What a failed request means:
 * - `retry`: sending it again can succeed and is safe (the transport does, within its attempts; after
 *   them, for a 429 or a DNS hiccup, the server did nothing and a later run can try again);
 * - `fatal`: no retry can change the answer (refused credentials, a redirect, an oversized body, an
 *   unknown host, a bad certificate, a cancelled request): stop;
 * - `skip`: the API refused this one request (bad request, not found, conflict): report it, go on;
 * - `outcome-unknown`: the server may have acted (5xx, timeout, lost connection, unreadable reply):
 *   a write must be looked up before it is ever sent again.
 */
export type FailureDecision = "retry" | "fatal" | "skip" | "outcome-unknown";

/** A failure to decide on: a status or an error, and (from the transport) the attempt it ended. */
export interface Failure {
  status?: number | undefined;
  error?: unknown;
  /** The request may be resent after the server may have acted. Unset: the caller cannot resend it. */
  idempotent?: boolean | undefined;
  /** The attempt that failed, from 1; unset when the transport has finished with the request. */
  attempt?: number | undefined;
}

/** Statuses that mean "try again later": rate limited, or a transient server/gateway failure. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

// The server may have acted, and an idempotent request may be resent to find out.
const TRANSIENT_KINDS: ReadonlySet<string> = new Set(["server", "network", "timeout"]);
const FATAL_KINDS: ReadonlySet<string> = new Set([
  "auth",
  "permission",
  "redirect",
  "body-too-large",
  "aborted",
]);
const SKIP_KINDS: ReadonlySet<string> = new Set(["bad-request", "not-found", "conflict"]);
const FATAL_CODES: ReadonlySet<string> = new Set(["ENOTFOUND", "ERR_BODY_TOO_LARGE"]);

/**
 * The one place that decides what a failure means; the transport's retries, the connector's engine,
 * its exit codes, `check` and the workflows all ask it.
 * 429 is always retried (the server did not act); 5xx and network errors only when the request is
 * idempotent, because a POST that creates may already have been applied (docs/vendor-facts.md).
 * A 3xx is never followed (credentials would go with it). A refused connection never reached the server,
 * so even a create may be resent, but only once: a second refusal means nothing listens there, and the
 * full budget would only delay saying so. An unknown host, a refused certificate, a refused redirect, an
 * oversized body and a cancelled request are fatal at once.
 */
export function decideFailure(failure: Failure): FailureDecision {
  const { status, error, idempotent = false } = failure;
  if (status !== undefined) {
    if (status === 429 || (RETRY_STATUSES.has(status) && idempotent)) return "retry";
    return byKind(kindForStatus(status));
  }
  if (error === undefined || isCallerAbort(error)) return "fatal";
  const code = errorCode(error);
  if (code !== undefined && (FATAL_CODES.has(code) || isTlsCode(code))) return "fatal";
  if (code === "ECONNREFUSED") {
    const attempt = failure.attempt;
    return attempt !== undefined && attempt < 2 ? "retry" : "fatal";
  }
  if (code === "EAI_AGAIN") return "retry";
  const kind = (error as { kind?: unknown }).kind;
  if (typeof kind === "string" && !TRANSIENT_KINDS.has(kind)) return byKind(kind);
  return idempotent ? "retry" : "outcome-unknown";
}

function byKind(kind: string): FailureDecision {
  if (kind === "rate-limited") return "retry";
  if (FATAL_KINDS.has(kind)) return "fatal";
  if (SKIP_KINDS.has(kind)) return "skip";
  return "outcome-unknown";
}

function isCallerAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
