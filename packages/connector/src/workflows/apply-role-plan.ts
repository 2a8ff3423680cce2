import type { EngineContext } from "../engine/engine-context.js";
import type { RunLog } from "../engine/run-log.js";
import { deactivateSaasUsers } from "./deactivate-saas-users.js";
import { describeFailure } from "./describe-failure.js";
import type { RoleRetrievalPlan } from "./plan-role-retrieval.js";
import type { WorkflowDeactivationRecord, WorkflowRunSection } from "./workflow-run-report.js";

/** What applying a role-retrieval plan did (its failures are in the run log). */
export interface RolePlanOutcome {
  roleWrites: WorkflowRunSection["roleWrites"];
  deactivations: WorkflowDeactivationRecord[];
}

/**
 * Applies a `saas-user-role` plan: one roles PATCH per Lever role (overwrite; Oomnitza creates unknown
 * roles), then one deactivate call for the SaaS users Lever no longer has — unless the safety
 * threshold tripped, in which case no deactivation is made.
 */
export async function applyRolePlan(
  ctx: EngineContext,
  saasId: number,
  plan: RoleRetrievalPlan,
  log: RunLog,
): Promise<RolePlanOutcome> {
  const roleWrites: RolePlanOutcome["roleWrites"] = [];
  for (const write of plan.roleWrites) {
    let failed = 0;
    try {
      const label = { role_external_id: write.role, role_external_label: write.role };
      const results = await ctx.oomnitza.saas.setUserRoles(saasId, write.userIds, [label]);
      for (const result of results) {
        if (!result.errors || result.errors.length === 0) continue;
        failed++;
        const reason = result.errors.join("; ");
        log.failures.push({ target: "saas", action: "roles", oomnitzaId: String(result.user_id), reason });
      }
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.fatal) throw error;
      failed = write.userIds.length;
      for (const userId of write.userIds) {
        log.failures.push({
          target: "saas",
          action: "roles",
          oomnitzaId: userId,
          reason: failure.message,
          kind: failure.kind,
        });
      }
    }
    roleWrites.push({ role: write.role, users: write.userIds.length - failed, failed });
  }
  const deactivations: WorkflowDeactivationRecord[] = plan.deactivations.map((item) => ({
    saasUserId: item.saasUserId,
    userId: item.userId,
    email: item.email,
    leverUserId: item.leverUserId,
    reason: item.reason,
    rules: [],
    lever: "not-attempted",
    oomnitza: "not-attempted",
  }));
  if (!plan.threshold.tripped) await deactivateSaasUsers(ctx, deactivations, log);
  return { roleWrites, deactivations };
}
