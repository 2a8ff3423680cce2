import pLimit from "p-limit";
import type { RunIssue } from "../types.js";
import { deactivateSaasUsers } from "./deactivate-saas-users.js";
import { describeFailure } from "./describe-failure.js";
import type { LeverDeactivationPlan } from "./plan-lever-deactivations.js";
import type { WorkflowClients } from "./workflow-clients.js";
import type { WorkflowDeactivationRecord } from "./workflow-run-report.js";

/**
 * Applies a `lever-deactivate-users` plan: deactivates each Lever user (`POST /users/:id/deactivate`;
 * Lever has no delete), then, in one call, the SaaS users whose Lever side is done, so both sides
 * agree. A failed Lever deactivation leaves its SaaS user active. Over the threshold nothing is done.
 */
export async function applyDeactivationPlan(
  clients: WorkflowClients,
  plan: LeverDeactivationPlan,
  concurrency: number,
): Promise<{ deactivations: WorkflowDeactivationRecord[]; failures: RunIssue[] }> {
  const failures: RunIssue[] = [];
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
  if (plan.threshold.tripped) return { deactivations: records, failures };
  const limit = pLimit(Math.max(1, concurrency));
  await Promise.all(
    records.map((record) =>
      limit(async () => {
        if (record.lever !== "not-attempted" || record.leverUserId === null) return;
        try {
          await clients.lever.users.deactivate(record.leverUserId);
          record.lever = "deactivated";
        } catch (error) {
          const failure = describeFailure(error);
          if (failure.fatal) throw error;
          record.lever = "failed";
          record.error = failure.message;
          failures.push({
            target: "user",
            action: "lever-deactivate",
            leverId: record.leverUserId,
            email: record.email ?? undefined,
            reason: failure.message,
            kind: failure.kind,
          });
        }
      }),
    ),
  );
  // Only SaaS users whose Lever user is now deactivated: the two sides must never disagree.
  const ready = records.filter((record) => record.lever !== "failed" && record.oomnitza === "not-attempted");
  await deactivateSaasUsers(clients, ready, failures);
  return { deactivations: records, failures };
}
