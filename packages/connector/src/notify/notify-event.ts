import { ExitCode } from "../errors/exit-codes.js";

/** What a `notify:` webhook can be told about. */
export type NotifyEvent = "failure" | "safety-stop" | "needs-approval" | "success";

/**
 * The event of a finished run, by its exit code: 1, 3 and 5 are failures a person must look at,
 * 4 is the safety stop, 0 success. Usage and config errors (2) are for whoever ran the command.
 */
export function eventForExitCode(exitCode: number): NotifyEvent | undefined {
  if (exitCode === ExitCode.ok) return "success";
  if (exitCode === ExitCode.safety) return "safety-stop";
  if (exitCode === ExitCode.recordFailures || exitCode === ExitCode.auth || exitCode === ExitCode.unavailable)
    return "failure";
  return undefined;
}
