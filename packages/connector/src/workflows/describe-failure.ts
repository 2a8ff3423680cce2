import { decideFailure } from "@lever-oomnitza/http";

/** The error's kind (ApiError) and message; a fatal failure (refused credentials, an unknown host…) stops the whole run. */
export function describeFailure(error: unknown): { kind: string; message: string; fatal: boolean } {
  const kind =
    typeof (error as { kind?: unknown })?.kind === "string" ? (error as { kind: string }).kind : "error";
  const message = error instanceof Error ? error.message : String(error);
  return { kind, message, fatal: decideFailure({ error }) === "fatal" };
}
