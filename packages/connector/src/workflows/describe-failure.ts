/** The error's kind (ApiError) and message; fatal kinds (auth, permission) stop the whole run. */
export function describeFailure(error: unknown): { kind: string; message: string; fatal: boolean } {
  const kind =
    typeof (error as { kind?: unknown })?.kind === "string" ? (error as { kind: string }).kind : "error";
  const message = error instanceof Error ? error.message : String(error);
  return { kind, message, fatal: kind === "auth" || kind === "permission" };
}
