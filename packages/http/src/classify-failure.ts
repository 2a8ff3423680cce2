/** Statuses that mean "try again later": rate limited, or a transient server/gateway failure. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

// Connection refused happens before the request reaches the server, so even a create is safe to resend.
const NEVER_SENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isCallerAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/**
 * The one place that decides whether a failed attempt is retried.
 * 429 is always retriable (the server did not act); 5xx and network errors only when the request is
 * idempotent, because a POST that creates may already have been applied (Lever reference §3.2, §3.3).
 */
export function classifyFailure(input: {
  status?: number;
  error?: unknown;
  method: string;
  idempotent: boolean;
}): "retry" | "fatal" {
  if (input.status !== undefined) {
    if (input.status === 429) return "retry";
    return RETRY_STATUSES.has(input.status) && input.idempotent ? "retry" : "fatal";
  }
  if (input.error === undefined || isCallerAbort(input.error)) return "fatal";
  const code = errorCode(input.error);
  if (code !== undefined && NEVER_SENT_CODES.has(code)) return "retry";
  return input.idempotent ? "retry" : "fatal";
}
