import { createHash, randomUUID } from "node:crypto";
import { statsDelta } from "../engine/stats-delta.js";
import { reportPath } from "../state/report-path.js";
import { writeJsonAtomic } from "../state/write-json-atomic.js";
import type { ConnectorConfig, RequestCounts, RunCounts, RunIssue, RunOutcome } from "../types.js";
import { applyDeactivationPlan } from "./apply-deactivation-plan.js";
import { applyRolePlan } from "./apply-role-plan.js";
import type { WorkflowOptions, WorkflowPlan } from "./prepare-workflow.js";
import type { WorkflowInputs } from "./read-workflow-inputs.js";
import type { WorkflowClients } from "./workflow-clients.js";
import type { WorkflowRunReport, WorkflowRunSection } from "./workflow-run-report.js";
import { type WorkflowSnapshot, workflowSnapshot } from "./workflow-snapshot.js";
import { workflowSnapshotPath } from "./workflow-snapshot-path.js";
import type { WorkflowConfig } from "./workflows-config-schema.js";

/** Everything `apply()` needs from the preparation step. */
export interface ApplyWorkflowInput {
  config: ConnectorConfig;
  name: string;
  definition: WorkflowConfig;
  plan: WorkflowPlan;
  inputs: WorkflowInputs;
  previous: WorkflowSnapshot | undefined;
  clients: WorkflowClients;
  started: { at: Date; lever: RequestCounts; oomnitza: RequestCounts };
  opts: WorkflowOptions;
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

/** Executes a prepared plan, saves the event snapshot and writes the run report. */
export async function applyWorkflow(input: ApplyWorkflowInput): Promise<WorkflowRunReport> {
  const { plan, clients } = input;
  const outcome =
    plan.type === "saas-user-role"
      ? await applyRolePlan(clients, input.inputs.saasId, plan)
      : { roleWrites: [], ...(await applyDeactivationPlan(clients, plan, input.config.sync.concurrency)) };
  const finished = (input.opts.now ?? (() => new Date()))();
  const failedIds = new Set(
    outcome.deactivations
      .filter((d) => d.lever === "failed" || d.oomnitza === "failed")
      .map((d) => d.saasUserId),
  );
  if (plan.type === "lever-deactivate-users" && !plan.threshold.tripped) {
    // Tripped: nothing was done, so the events stay pending for the next run.
    const path = workflowSnapshotPath(input.config.state.dir, input.name);
    await writeJsonAtomic(path, nextSnapshot(input, failedIds, finished));
  }
  const section: WorkflowRunSection = {
    name: input.name,
    type: plan.type,
    trigger: plan.type === "lever-deactivate-users" ? plan.trigger : triggerText(input.definition),
    baseline: plan.type === "lever-deactivate-users" && plan.baseline,
    roleWrites: outcome.roleWrites,
    deactivations: outcome.deactivations,
    exempt: plan.type === "lever-deactivate-users" ? plan.exempt : [],
    alreadyDeactivated: plan.type === "lever-deactivate-users" ? plan.counts.alreadyDeactivated : 0,
    skipped: plan.skipped,
  };
  const report = buildReport(input, section, outcome.failures, finished);
  report.reportPath = reportPath(input.config.state.dir, report.startedAt, report.runId);
  await writeJsonAtomic(report.reportPath, report);
  input.opts.logger?.info(
    { workflow: input.name, outcome: report.outcome, report: report.reportPath },
    "workflow run finished",
  );
  return report;
}

function triggerText(definition: WorkflowConfig): string {
  return typeof definition.trigger === "string"
    ? definition.trigger
    : `schedule ${definition.trigger.schedule}`;
}

function buildReport(
  input: ApplyWorkflowInput,
  section: WorkflowRunSection,
  failures: RunIssue[],
  finished: Date,
): WorkflowRunReport {
  const lever = statsDelta(input.started.lever, input.clients.lever.stats);
  const oomnitza = statsDelta(input.started.oomnitza, input.clients.oomnitza.stats);
  const tripped = input.plan.threshold.tripped;
  const outcome: RunOutcome = tripped ? "safety-tripped" : failures.length > 0 ? "failures" : "ok";
  const done = (side: "lever" | "oomnitza") =>
    section.deactivations.filter((d) => d[side] === "deactivated").length;
  const counts: RunCounts = {
    users: { create: 0, update: 0, unchanged: 0, skip: 0, conflict: 0, failed: 0 },
    saas: {
      createApp: 0,
      assign: 0,
      externalIds: 0,
      roles: section.roleWrites.reduce((sum, write) => sum + write.users, 0),
      reactivate: 0,
      deactivate: done("oomnitza"),
      inPlace: 0,
      failed: failures.length,
    },
    writes: 0,
  };
  counts.writes = counts.saas.roles + counts.saas.deactivate + done("lever");
  const skips: RunIssue[] = [...section.exempt, ...section.skipped].map((left) => ({
    target: "saas",
    action: "skip",
    oomnitzaId: left.saasUserId,
    email: left.email ?? undefined,
    reason: left.reason,
  }));
  const startedAt = input.started.at.toISOString();
  return {
    kind: "lever-oomnitza-run",
    version: 1,
    runId: randomUUID().slice(0, 8),
    command: "workflow",
    startedAt,
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.started.at.getTime(),
    dryRun: false,
    outcome,
    configFingerprint: createHash("sha256")
      .update(JSON.stringify(input.definition))
      .digest("hex")
      .slice(0, 16),
    planCreatedAt: input.plan.createdAt,
    planned: null,
    counts,
    failures,
    skips,
    requests: { lever, oomnitza },
    retries: lever.retries + oomnitza.retries,
    rateLimited: lever.rateLimited + oomnitza.rateLimited,
    safety: input.plan.threshold,
    updates: null,
    interrupted: false,
    ...(input.plan.type === "saas-user-role" && input.plan.degraded ? { degraded: input.plan.degraded } : {}),
    reportPath: null,
    workflow: section,
  };
}
