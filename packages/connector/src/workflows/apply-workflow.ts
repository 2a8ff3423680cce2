import { randomUUID } from "node:crypto";
import { configFingerprint } from "../config/config-fingerprint.js";
import { buildReport } from "../engine/build-report.js";
import type { EngineContext } from "../engine/engine-context.js";
import { createRunLog, type RunLog } from "../engine/run-log.js";
import type { RequestCounts } from "../engine/run-report.js";
import { statsDelta } from "../engine/stats-delta.js";
import { statsSnapshot } from "../engine/stats-snapshot.js";
import { reportPath } from "../state/report-path.js";
import { writeJsonAtomic } from "../state/write-json-atomic.js";
import { applyDeactivationPlan } from "./apply-deactivation-plan.js";
import { applyRolePlan } from "./apply-role-plan.js";
import { describeTrigger } from "./describe-trigger.js";
import type { WorkflowInputs } from "./read-workflow-inputs.js";
import type { WorkflowPlan } from "./workflow-plan.js";
import type { WorkflowRunReport, WorkflowRunSection } from "./workflow-run-report.js";
import { type WorkflowSnapshot, workflowSnapshot, workflowSnapshotPath } from "./workflow-snapshot.js";
import type { WorkflowConfig } from "./workflows-config-schema.js";

/** Everything `apply()` needs from the preparation step. */
export interface ApplyWorkflowInput {
  ctx: EngineContext;
  name: string;
  definition: WorkflowConfig;
  plan: WorkflowPlan;
  inputs: WorkflowInputs;
  previous: WorkflowSnapshot | undefined;
  started: { at: Date; lever: RequestCounts; oomnitza: RequestCounts };
}

/**
 * The snapshot to keep: this run's view, except for users whose deactivation failed, which keep their
 * previous entry so their event fires again next run instead of being lost.
 */
function nextSnapshot(input: ApplyWorkflowInput, failedIds: Set<string>, now: Date): WorkflowSnapshot {
  const snapshot = workflowSnapshot(input.name, input.inputs.saasUsers, now);
  for (const id of failedIds) {
    const before = input.previous?.users[id];
    if (before) snapshot.users[id] = before;
    else delete snapshot.users[id];
  }
  return snapshot;
}

/** Executes a prepared plan, saves the event snapshot and writes the run report (the engine's). */
export async function applyWorkflow(input: ApplyWorkflowInput): Promise<WorkflowRunReport> {
  const { plan, ctx } = input;
  const log = createRunLog();
  const outcome =
    plan.type === "saas-user-role"
      ? await applyRolePlan(ctx, input.inputs.saasId, plan, log)
      : { roleWrites: [], deactivations: await applyDeactivationPlan(ctx, plan, log) };
  const finished = ctx.now();
  const failedIds = new Set(
    outcome.deactivations
      .filter((d) => d.lever === "failed" || d.oomnitza === "failed")
      .map((d) => d.saasUserId),
  );
  if (plan.type === "lever-deactivate-users" && !plan.threshold.tripped) {
    // Tripped: nothing was done, so the events stay pending for the next run.
    const path = workflowSnapshotPath(ctx.config.state.dir, input.name);
    await writeJsonAtomic(path, nextSnapshot(input, failedIds, finished));
  }
  const section: WorkflowRunSection = {
    name: input.name,
    type: plan.type,
    trigger:
      plan.type === "lever-deactivate-users" ? plan.trigger : describeTrigger(input.definition.trigger),
    baseline: plan.type === "lever-deactivate-users" && plan.baseline,
    roleWrites: outcome.roleWrites,
    deactivations: outcome.deactivations,
    exempt: plan.type === "lever-deactivate-users" ? plan.exempt : [],
    alreadyDeactivated: plan.type === "lever-deactivate-users" ? plan.counts.alreadyDeactivated : 0,
    skipped: plan.skipped,
  };
  recordCounts(log, section);
  const report: WorkflowRunReport = {
    ...buildReport({
      runId: randomUUID().slice(0, 8),
      command: "workflow",
      startedAt: input.started.at,
      finishedAt: finished,
      dryRun: false,
      configFingerprint: configFingerprint(ctx.config, input.name),
      plan: null,
      workflowPlan: plan,
      log,
      requests: {
        lever: statsDelta(input.started.lever, statsSnapshot(ctx.lever.stats)),
        oomnitza: statsDelta(input.started.oomnitza, statsSnapshot(ctx.oomnitza.stats)),
      },
    }),
    command: "workflow",
    workflow: section,
  };
  report.reportPath = reportPath(ctx.config.state.dir, report.startedAt, report.runId);
  await writeJsonAtomic(report.reportPath, report);
  ctx.logger.info(
    { workflow: input.name, outcome: report.outcome, report: report.reportPath },
    "workflow run finished",
  );
  return report;
}

/**
 * A workflow's counts in the run log's shape: roles written and SaaS users deactivated; `writes` counts
 * the users changed (Lever deactivations included), and `saas.failed` every failure.
 */
function recordCounts(log: RunLog, section: WorkflowRunSection): void {
  const done = (side: "lever" | "oomnitza") =>
    section.deactivations.filter((d) => d[side] === "deactivated").length;
  const { saas } = log.counts;
  saas.roles = section.roleWrites.reduce((sum, write) => sum + write.users, 0);
  saas.deactivate = done("oomnitza");
  saas.failed = log.failures.length;
  log.counts.writes = saas.roles + saas.deactivate + done("lever");
  for (const left of [...section.exempt, ...section.skipped]) {
    log.skips.push({
      target: "saas",
      action: "skip",
      oomnitzaId: left.saasUserId,
      email: left.email ?? undefined,
      reason: left.reason,
    });
  }
}
