import { ExitCode, type ExitCodeValue } from "../errors/exit-codes.js";

/** What each exit code means, as `--help` and the README state it. */
const MEANING: Record<ExitCodeValue, string> = {
  [ExitCode.ok]: "success",
  [ExitCode.recordFailures]: "finished with record-level failures, or interrupted (see the run report)",
  [ExitCode.usage]: "usage or config error, or a saved plan refused (nothing written)",
  [ExitCode.auth]: "authentication or permission error",
  [ExitCode.safety]:
    "safety threshold tripped: too many deactivations (none made) or updates (nothing written)",
  [ExitCode.unavailable]: "an API stayed unavailable after retries (or kept failing writes)",
  [ExitCode.cancelled]: 'cancelled: "n" at the confirmation prompt (nothing written)',
  [ExitCode.locked]: "another run holds the state dir's lock (nothing written)",
};

/** Every exit code, for the program's own `--help`. */
export const ALL_EXIT_CODES: readonly ExitCodeValue[] = Object.values(ExitCode).sort((a, b) => a - b);

/** Exit 1 of a command that reads only: an API answer the command cannot go on from. */
export const READ_FAILURE = { [ExitCode.recordFailures]: "an API answered with an unexpected error (named)" };

/** The exit-code table under a command's `--help`: only the codes that command can return. */
export function exitCodeHelp(
  codes: readonly ExitCodeValue[],
  meaning: Partial<Record<ExitCodeValue, string>> = {},
): string {
  return ["Exit codes:", ...codes.map((c) => `  ${c}  ${meaning[c] ?? MEANING[c]}`)].join("\n");
}
