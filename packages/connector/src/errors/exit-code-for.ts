import { decideFailure } from "@lever-oomnitza/http";
import type { RunReport } from "../engine/run-report.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/** The codes a run or a thrown error maps to; only a prompt the user answers "n" gives `cancelled`. */
type RunExitCode = Exclude<ExitCodeValue, typeof ExitCode.cancelled>;

// The clients refuse bad options with their own errors; to the CLI they are config errors like ours.
// AmbiguousSaasAppError: two SaaS apps share `saas.app` in Oomnitza — a setup problem a person must resolve.
const USAGE = new Set([
  "ConfigError",
  "PlanError",
  "UsageError",
  "CommanderError",
  "TenantUnsupportedError",
  "LeverConfigError",
  "OomnitzaConfigError",
  "TransportOptionError",
  "AmbiguousSaasAppError",
]);

/**
 * Maps a thrown error or a finished run report to the CLI exit code: 0 ok, 1 record-level failures,
 * 2 usage/config, 3 auth/permission, 4 safety threshold tripped, 5 API unavailable after retries.
 */
export function exitCodeFor(errorOrReport: unknown): RunExitCode {
  if (isReport(errorOrReport)) return forReport(errorOrReport);
  return forError(errorOrReport);
}

function isReport(x: unknown): x is RunReport {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "lever-oomnitza-run";
}

function forReport(r: RunReport): RunExitCode {
  if (r.error) return r.error.exitCode as RunExitCode;
  if (r.safety?.tripped || r.updates?.tripped) return ExitCode.safety;
  if (r.failures.length > 0 || r.interrupted) return ExitCode.recordFailures;
  return ExitCode.ok;
}

function forError(e: unknown): RunExitCode {
  if (typeof e !== "object" || e === null) return ExitCode.recordFailures;
  const { name, kind } = e as { name?: unknown; kind?: unknown };
  if (typeof name === "string" && USAGE.has(name)) return ExitCode.usage;
  if (name === "StateLockedError") return ExitCode.locked;
  if (typeof kind === "string") {
    // What the failure means comes from the transport's one decision; only refused credentials get
    // their own code. A redirect, an oversized body or an endless listing (PaginationError's kind is
    // invalid-response) is an API failure like a server that stays down: exit 5, not a record-level 1.
    if (kind === "auth" || kind === "permission") return ExitCode.auth;
    const decision = decideFailure({ error: e });
    if (decision === "skip" || kind === "aborted") return ExitCode.recordFailures;
    return ExitCode.unavailable;
  }
  const cause = (e as { cause?: unknown }).cause;
  if (cause !== undefined && cause !== e) {
    const fromCause = forError(cause);
    if (fromCause !== ExitCode.recordFailures) return fromCause;
  }
  // fetch() itself failed (DNS, refused): the API is unreachable.
  if (e instanceof TypeError && /fetch failed/i.test(e.message)) return ExitCode.unavailable;
  return ExitCode.recordFailures;
}
