import { errorCode, isTlsCode } from "./failure-cause.js";

/** Statuses that mean "try again later": rate limited, or a transient server/gateway failure. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

// Answers that no retry can change: a refused redirect, a body over the cap, an unknown host, a bad certificate.
const FATAL_KINDS: ReadonlySet<string> = new Set(["redirect", "body-too-large"]);
const FATAL_CODES: ReadonlySet<string> = new Set(["ENOTFOUND", "ERR_BODY_TOO_LARGE"]);

function isCallerAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/**
 * The one place that decides whether a failed attempt is retried.
 * 429 is always retriable (the server did not act); 5xx and network errors only when the request is
 * idempotent, because a POST that creates may already have been applied (https://hire.lever.co/developer/documentation#rate-limits).
 * A 3xx is never followed (credentials would go with it). A refused connection never reached the server,
 * so even a create may be resent, but only once: a second refusal means nothing listens there, and the
 * full budget would only delay saying so. An unknown host, a refused certificate, a refused redirect and
 * an oversized body are fatal at once.
 */
export function classifyFailure(input: {
  status?: number;
  error?: unknown;
  method: string;
  idempotent: boolean;
  /** The attempt that failed, from 1 (default 1). */
  attempt?: number;
}): "retry" | "fatal" {
  if (input.status !== undefined) {
    if (input.status === 429) return "retry";
    return RETRY_STATUSES.has(input.status) && input.idempotent ? "retry" : "fatal";
  }
  if (input.error === undefined || isCallerAbort(input.error)) return "fatal";
  const kind = (input.error as { kind?: unknown }).kind;
  if (typeof kind === "string" && FATAL_KINDS.has(kind)) return "fatal";
  const code = errorCode(input.error);
  if (code !== undefined && (FATAL_CODES.has(code) || isTlsCode(code))) return "fatal";
  if (code === "ECONNREFUSED") return (input.attempt ?? 1) < 2 ? "retry" : "fatal";
  if (code === "EAI_AGAIN") return "retry";
  return input.idempotent ? "retry" : "fatal";
}
