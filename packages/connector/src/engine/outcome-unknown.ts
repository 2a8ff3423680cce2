/** True when a write may or may not have happened (timeout, 5xx, dropped connection, unreadable reply). */
export function outcomeUnknown(error: unknown): boolean {
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (typeof kind === "string") return ["server", "timeout", "network", "invalid-response"].includes(kind);
  return true;
}
