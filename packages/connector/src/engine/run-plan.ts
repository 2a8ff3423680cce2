import type { WriteRateReport } from "@lever-oomnitza/http";
import { PlanError } from "../errors/plan-error.js";
import type { Plan } from "../plan/plan.js";
import { reportPath } from "../state/report-path.js";
import { writeJsonAtomic } from "../state/write-json-atomic.js";
import { applySaas } from "./apply-saas.js";
import { applyUsers } from "./apply-users.js";
import { buildReport } from "./build-report.js";
import type { ApplyOptions } from "./connector-types.js";
import type { EngineContext } from "./engine-context.js";
import { createRunLog, type RunLog } from "./run-log.js";
import type { RunReport } from "./run-report.js";
import { statsDelta } from "./stats-delta.js";
import { statsSnapshot } from "./stats-snapshot.js";

/** How one run is executed and recorded. */
export interface RunSpec extends ApplyOptions {
  command: "sync" | "apply";
  runId: string;
  startedAt: Date;
  fingerprint: string;
  /** Produces the plan: a fresh one (sync), or the part of a saved one that still holds (apply). */
  getPlan: (log: RunLog) => Promise<Plan>;
}

/**
 * Runs a plan and writes its report atomically to `<state.dir>/runs/`. API failures that end the run
 * (auth, an API that stays down) become the report's `error`, never a half-written state.
 */
export async function runPlan(ctx: EngineContext, spec: RunSpec): Promise<RunReport> {
  const before = { lever: statsSnapshot(ctx.lever.stats), oomnitza: statsSnapshot(ctx.oomnitza.stats) };
  const log = createRunLog();
  let plan: Plan | null = null;
  let error: unknown;
  try {
    plan = await spec.getPlan(log);
    recordPlanned(plan, log);
    if (plan.updates?.tripped) {
      ctx.logger.warn(
        { planned: plan.updates.planned, limit: plan.updates.limit, fields: plan.updates.fields },
        "update safety threshold tripped: nothing written",
      );
    } else if (!spec.dryRun) {
      await confirmPlan(spec, plan);
      await execute(ctx, plan, log, spec);
    }
  } catch (e) {
    if (e instanceof Cancelled) throw e.reason;
    // A refused saved plan is no run: nothing was written, and the caller gets the error itself.
    if (e instanceof PlanError) throw e;
    if (spec.signal?.aborted && (e as Error)?.name === "AbortError") log.interrupted = true;
    else error = e;
  }
  const report = buildReport({
    runId: spec.runId,
    command: spec.command,
    startedAt: spec.startedAt,
    finishedAt: ctx.now(),
    dryRun: spec.dryRun ?? false,
    configFingerprint: spec.fingerprint,
    plan,
    log,
    requests: {
      lever: statsDelta(before.lever, statsSnapshot(ctx.lever.stats)),
      oomnitza: statsDelta(before.oomnitza, statsSnapshot(ctx.oomnitza.stats)),
    },
    writeRate: runWriteRate(ctx, spec.startedAt),
    error,
  });
  if (spec.writeReport ?? !spec.dryRun) {
    const path = reportPath(ctx.config.state.dir, report.startedAt, report.runId);
    report.reportPath = path;
    ctx.progress({ phase: "report", done: 1, total: 1, unit: "actions", message: path });
    await writeJsonAtomic(path, report);
  }
  ctx.logger.info(
    { runId: report.runId, outcome: report.outcome, counts: report.counts, durationMs: report.durationMs },
    "run finished",
  );
  return report;
}

/** The Oomnitza client's write rate, with only the cuts of this run (a long-lived client serves many). */
function runWriteRate(ctx: EngineContext, startedAt: Date): WriteRateReport {
  const rate = ctx.oomnitza.writeRate();
  const since = startedAt.toISOString();
  const cuts = rate.cuts.filter((c) => c.at >= since);
  return { ...rate, cutCount: rate.cutCount - (rate.cuts.length - cuts.length), cuts };
}

/** Carries the error a `confirm` hook threw past the run's own error handling: a cancelled run is no run. */
class Cancelled {
  constructor(readonly reason: unknown) {}
}

async function confirmPlan(spec: RunSpec, plan: Plan): Promise<void> {
  try {
    await spec.confirm?.(plan);
  } catch (reason) {
    throw new Cancelled(reason);
  }
}

async function execute(ctx: EngineContext, plan: Plan, log: RunLog, spec: RunSpec): Promise<void> {
  const concurrency = ctx.config.sync.concurrency;
  await applyUsers(ctx, plan.users, log, { concurrency, signal: spec.signal });
  if (plan.saas && !log.interrupted && !spec.signal?.aborted && !log.breaker.tripped) {
    await applySaas(ctx, plan.saas, log, { concurrency, signal: spec.signal });
  }
  if (spec.signal?.aborted) log.interrupted = true;
  // A storm of 429s/503s: end the run with exit 5 instead of backing off on every remaining record.
  if (log.breaker.tripped) throw log.breaker.tripped;
}

/** Planned non-writes go straight into the log: they are part of what the run did (nothing). */
function recordPlanned(plan: Plan, log: RunLog): void {
  for (const a of plan.users) {
    if (a.action === "unchanged") log.counts.users.unchanged += 1;
    if (a.action === "skip") {
      log.counts.users.skip += 1;
      log.skips.push({
        target: "user",
        action: "skip",
        leverId: a.leverId,
        email: a.email,
        oomnitzaId: a.oomnitzaId,
        kind: a.reason,
        reason: a.message,
      });
    }
    if (a.action === "conflict") {
      log.counts.users.conflict += 1;
      log.skips.push({
        target: "user",
        action: "conflict",
        leverId: a.leverId,
        email: a.email,
        kind: "conflict",
        reason: a.message,
      });
    }
  }
}
