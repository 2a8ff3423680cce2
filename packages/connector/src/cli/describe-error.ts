import { CommanderError } from "commander";
import { ConfigError, type ConfigProblem } from "../config/config-error.js";
import { credentialFix } from "../engine/credential-fix.js";
import { transportFix } from "../engine/transport-fix.js";
import { exitCodeFor } from "../errors/exit-code-for.js";
import { ExitCode, type ExitCodeValue } from "../errors/exit-codes.js";
import { PlanError } from "../errors/plan-error.js";
import { StateLockedError } from "../state/state-lock.js";
import { CliError } from "./cli-error.js";

/** An error as the CLI prints it: one paragraph, the fix, the exit code. */
export interface DescribedError {
  message: string;
  fix?: string | undefined;
  exitCode: ExitCodeValue;
  /** A config error's problems: printed in `message` with their fixes, and as `error.problems` in JSON. */
  problems?: ConfigProblem[] | undefined;
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

/**
 * The fix for an exit code (auth, unavailable, record failures), for errors that carry none. A refused
 * credential is named from `error` (an ApiError or a run report's `error`, which know their API).
 */
export function fixFor(exitCode: ExitCodeValue, message: string, error?: unknown): string | undefined {
  // ConfigError messages already list each problem with its fix.
  if (/\bFix:/.test(message)) return undefined;
  const refused = exitCode === ExitCode.auth ? credentialFix(error) : undefined;
  if (refused) return `${refused[0]?.toUpperCase()}${refused.slice(1)} \`connector check\` tests both.`;
  return FIXES[exitCode];
}

/** Turns anything thrown into a {@link DescribedError}; the exit code comes from the engine's `exitCodeFor`. */
export function describeError(err: unknown): DescribedError {
  if (err instanceof CliError) return { message: err.message, fix: err.fix, exitCode: err.exitCode };
  if (err instanceof CommanderError) return { message: err.message, exitCode: ExitCode.usage, printed: true };
  if (err instanceof StateLockedError)
    return { message: err.message, fix: err.fix, exitCode: ExitCode.locked };
  const exitCode = exitCodeFor(err);
  if (err instanceof ConfigError) return { message: err.message, exitCode, problems: err.problems };
  if (err instanceof PlanError) {
    return { message: err.message.slice(0, err.message.lastIndexOf(" Fix: ")), fix: err.fix, exitCode };
  }
  const raw = err instanceof Error ? err.message : String(err);
  const message = raw || (err instanceof Error ? err.name : "Unexpected failure");
  return { message, fix: transportFix(err) ?? fixFor(exitCode, message, err), exitCode };
}
