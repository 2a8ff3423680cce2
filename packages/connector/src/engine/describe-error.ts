/**
 * A one-line, secret-free reason and kind for a failed request (ApiError messages are already redacted),
 * and the API that answered (`lever` or `oomnitza`) when the error says.
 */
export function describeError(error: unknown): { reason: string; kind: string; service?: string } {
  if (error instanceof Error) {
    const { kind, service } = error as { kind?: unknown; service?: unknown };
    return {
      reason: error.message.split("\n")[0] ?? error.name,
      kind: typeof kind === "string" ? kind : error.name,
      ...(typeof service === "string" ? { service } : {}),
    };
  }
  return { reason: String(error), kind: "unknown" };
}
