import { CommanderError } from "commander";
import { exitCodeFor } from "../exit-code-for.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { StateLockedError } from "../state/state-lock.js";
import { CliError } from "./cli-error.js";

/** An error as the CLI prints it: one paragraph, the fix, the exit code. */
export interface DescribedError {
  message: string;
  fix?: string | undefined;
  exitCode: ExitCodeValue;
  /** Already printed (commander prints its own usage errors). */
  printed?: boolean;
}

const FIXES: Partial<Record<ExitCodeValue, string>> = {
  [ExitCode.auth]:
    "Check the Lever API key / Oomnitza token and their permissions (`connector check` names what is missing).",
  [ExitCode.unavailable]:
    "The API stayed unavailable after retries; nothing more was written. Try again later.",
  [ExitCode.recordFailures]: "Rerun with --log-level debug for details.",
};

/** The generic fix for an exit code (auth, unavailable, record failures), for errors that carry none. */
export function fixFor(exitCode: ExitCodeValue, message: string): string | undefined {
  // ConfigError and PlanError messages already end with their fixes.
  return /\bFix:/.test(message) ? undefined : FIXES[exitCode];
}

/** Turns anything thrown into a {@link DescribedError}; the exit code comes from the engine's `exitCodeFor`. */
export function describeError(err: unknown): DescribedError {
  if (err instanceof CliError) return { message: err.message, fix: err.fix, exitCode: err.exitCode };
  if (err instanceof CommanderError) return { message: err.message, exitCode: ExitCode.usage, printed: true };
  if (err instanceof StateLockedError)
    return { message: err.message, fix: err.fix, exitCode: ExitCode.locked };
  const exitCode = exitCodeFor(err);
  const raw = err instanceof Error ? err.message : String(err);
  const message = raw || (err instanceof Error ? err.name : "Unexpected failure");
  return { message, fix: fixFor(exitCode, message), exitCode };
}
