import type { EngineContext } from "../engine/engine-context.js";
import { forEachLimited } from "../engine/for-each-limited.js";
import type { RunLog } from "../engine/run-log.js";
import { deactivateSaasUsers } from "./deactivate-saas-users.js";
import { describeFailure } from "./describe-failure.js";
import type { LeverDeactivationPlan } from "./plan-lever-deactivations.js";
import type { WorkflowDeactivationRecord } from "./workflow-run-report.js";

/**
 * Applies a `lever-deactivate-users` plan: deactivates each Lever user (`POST /users/:id/deactivate`;
 * Lever has no delete) with the engine's worker pool (`sync.concurrency` in flight), then, in one call,
 * the SaaS users whose Lever side is done, so both sides agree. A failed Lever deactivation leaves its
 * SaaS user active. Over the threshold nothing is done.
 */
export async function applyDeactivationPlan(
  ctx: EngineContext,
  plan: LeverDeactivationPlan,
  log: RunLog,
): Promise<WorkflowDeactivationRecord[]> {
  const records: WorkflowDeactivationRecord[] = plan.deactivations.map((item) => ({
    saasUserId: item.saasUserId,
    userId: item.userId,
    email: item.email,
    leverUserId: item.leverUserId,
    reason: item.reason,
    rules: item.rules,
    lever: item.lever === "already-deactivated" ? "already-deactivated" : "not-attempted",
    oomnitza: item.oomnitza === "already-deactivated" ? "already-deactivated" : "not-attempted",
  }));
  if (plan.threshold.tripped) return records;
  const pending = records.filter((record) => record.lever === "not-attempted" && record.leverUserId !== null);
  // A fatal failure (a refused credential) ends the run: the other workers stop taking users.
  let fatal = false;
  const deactivate = async (record: WorkflowDeactivationRecord): Promise<void> => {
    try {
      await ctx.lever.users.deactivate(record.leverUserId as string);
      record.lever = "deactivated";
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.fatal) {
        fatal = true;
        throw error;
      }
      record.lever = "failed";
      record.error = failure.message;
      log.failures.push({
        target: "user",
        action: "lever-deactivate",
        leverId: record.leverUserId ?? undefined,
        email: record.email ?? undefined,
        reason: failure.message,
        kind: failure.kind,
      });
    }
  };
  await forEachLimited(pending, ctx.config.sync.concurrency, deactivate, undefined, () => fatal);
  // Only SaaS users whose Lever user is now deactivated: the two sides must never disagree.
  const ready = records.filter((record) => record.lever !== "failed" && record.oomnitza === "not-attempted");
  await deactivateSaasUsers(ctx, ready, log);
  return records;
}
