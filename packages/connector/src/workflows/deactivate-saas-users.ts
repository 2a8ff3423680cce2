import type { EngineContext } from "../engine/engine-context.js";
import type { RunLog } from "../engine/run-log.js";
import { describeFailure } from "./describe-failure.js";
import type { WorkflowDeactivationRecord } from "./workflow-run-report.js";

/** Deactivates the records' SaaS users in one call (batched by the client); per-item errors recorded. */
export async function deactivateSaasUsers(
  ctx: EngineContext,
  records: WorkflowDeactivationRecord[],
  log: RunLog,
): Promise<void> {
  const pending = records.filter((record) => record.oomnitza === "not-attempted");
  if (pending.length === 0) return;
  const byId = new Map(pending.map((record) => [record.saasUserId, record]));
  try {
    const results = await ctx.oomnitza.saasUsers.deactivate([...byId.keys()]);
    for (const result of results) {
      const record = byId.get(result.saas_user_id);
      if (!record) continue;
      record.oomnitza = result.error === null ? "deactivated" : "failed";
      if (result.error !== null) record.error = result.error;
    }
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.fatal) throw error;
    for (const record of pending) Object.assign(record, { oomnitza: "failed", error: failure.message });
  }
  for (const record of pending) {
    if (record.oomnitza !== "failed") continue;
    log.failures.push({
      target: "saas",
      action: "deactivate",
      oomnitzaId: record.saasUserId,
      email: record.email ?? undefined,
      reason: record.error ?? "deactivation failed",
    });
  }
}
