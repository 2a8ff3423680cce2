/** A one-line, secret-free reason and kind for a failed request (ApiError messages are already redacted). */
export function describeError(error: unknown): { reason: string; kind: string } {
  if (error instanceof Error) {
    const kind = (error as { kind?: unknown }).kind;
    return {
      reason: error.message.split("\n")[0] ?? error.name,
      kind: typeof kind === "string" ? kind : error.name,
    };
  }
  return { reason: String(error), kind: "unknown" };
}
