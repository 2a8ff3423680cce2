import type { WriteRateReport } from "@lever-oomnitza/http";
import { exitCodeFor } from "../errors/exit-code-for.js";
import type { Plan } from "../plan/plan.js";
import type { SafetyResult } from "../plan/resolve-max-deactivations.js";
import type { DegradedFeature } from "../plan/saas-user-support.js";
import { safetyTripped } from "../plan/safety-tripped.js";
import { describeError } from "./describe-error.js";
import type { RunLog } from "./run-log.js";
import type { RequestCounts, RunOutcome, RunReport } from "./run-report.js";
import { transportFix } from "./transport-fix.js";

/** Inputs of `buildReport`. */
export interface ReportInput {
  runId: string;
  command: RunReport["command"];
  startedAt: Date;
  finishedAt: Date;
  dryRun: boolean;
  configFingerprint: string;
  plan: Plan | null;
  /** A workflow run has no sync plan: the time, deactivation threshold and degraded features of its own. */
  workflowPlan?: { createdAt: string; threshold: SafetyResult; degraded?: DegradedFeature[] | undefined };
  log: RunLog;
  requests: { lever: RequestCounts; oomnitza: RequestCounts };
  writeRate?: WriteRateReport | undefined;
  error?: unknown;
}

/** Assembles the run report (no secret: only counts, ids, emails and redacted reasons). */
export function buildReport(r: ReportInput): RunReport {
  const { log, plan } = r;
  const safety = plan?.saas?.safety ?? r.workflowPlan?.threshold ?? null;
  const degraded = plan?.saas?.degraded ?? r.workflowPlan?.degraded;
  const updates = plan?.updates ?? null;
  const saasTripped = safety !== null && safetyTripped(safety, plan?.saas?.deactivate.length);
  const tripped = saasTripped || !!updates?.tripped;
  const error =
    r.error === undefined ? undefined : { ...describeRunError(r.error), exitCode: exitCodeFor(r.error) };
  const outcome: RunOutcome = error
    ? "error"
    : log.interrupted
      ? "interrupted"
      : tripped
        ? "safety-tripped"
        : log.failures.length > 0
          ? "failures"
          : "ok";
  return {
    kind: "lever-oomnitza-run",
    version: 1,
    runId: r.runId,
    command: r.command,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt.toISOString(),
    durationMs: r.finishedAt.getTime() - r.startedAt.getTime(),
    dryRun: r.dryRun,
    outcome,
    configFingerprint: r.configFingerprint,
    planCreatedAt: plan?.createdAt ?? r.workflowPlan?.createdAt ?? null,
    planned: plan?.summary ?? null,
    counts: log.counts,
    failures: log.failures,
    skips: log.skips,
    requests: r.requests,
    retries: r.requests.lever.retries + r.requests.oomnitza.retries,
    rateLimited: r.requests.lever.rateLimited + r.requests.oomnitza.rateLimited,
    ...(r.writeRate ? { writeRate: r.writeRate } : {}),
    safety: safety ? { ...safety, tripped: saasTripped } : null,
    updates,
    interrupted: log.interrupted,
    ...(degraded ? { degraded } : {}),
    ...(error ? { error } : {}),
    reportPath: null,
  };
}

// ConfigError/PlanError messages list every problem with its fix (and never hold a secret): keep them whole.
function describeRunError(error: unknown): { kind: string; message: string; service?: string; fix?: string } {
  if (error instanceof Error && (error.name === "ConfigError" || error.name === "PlanError")) {
    return { kind: error.name, message: error.message };
  }
  const d = describeError(error);
  const fix = transportFix(error);
  return {
    kind: d.kind,
    message: d.reason,
    ...(d.service ? { service: d.service } : {}),
    ...(fix ? { fix } : {}),
  };
}
