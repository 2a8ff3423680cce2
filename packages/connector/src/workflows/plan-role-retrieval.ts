import type { MaxDeactivations } from "../config/config-schema.js";
import type { LeverUserData } from "../plan/plan-data.js";
import { resolveMaxDeactivations, type SafetyResult } from "../plan/resolve-max-deactivations.js";
import { saasRoleLabels } from "../plan/saas-role-labels.js";
import type { DegradedFeature } from "../plan/saas-user-support.js";
import { findLeverUser } from "./find-lever-user.js";
import { indexLeverUsers } from "./index-lever-users.js";
import type { WorkflowSaasUser } from "./read-workflow-inputs.js";

/** One role overwrite: every listed Oomnitza user gets exactly this Lever role (one PATCH per role). */
export interface RoleWrite {
  role: string;
  userIds: string[];
  saasUserIds: string[];
}

/** A SaaS user to deactivate in Oomnitza because Lever no longer knows it as active. */
export interface RoleWorkflowDeactivation {
  saasUserId: string;
  userId: string;
  email: string | null;
  reason: "missing-in-lever" | "deactivated-in-lever";
  leverUserId: string | null;
}

/** The plan of a `saas-user-role` workflow: plain JSON, nothing written yet. */
export interface RoleRetrievalPlan {
  kind: "workflow-plan";
  workflow: string;
  type: "saas-user-role";
  createdAt: string;
  counts: {
    saasUsers: number;
    roleWrites: number;
    rolesUnchanged: number;
    deactivations: number;
    skipped: number;
  };
  roleWrites: RoleWrite[];
  deactivations: RoleWorkflowDeactivation[];
  skipped: { saasUserId: string; email: string | null; reason: string }[];
  threshold: SafetyResult;
  /** Deactivations refused because the SaaS users lack a field (role writes still happen). */
  degraded?: DegradedFeature[] | undefined;
}

/** Input of {@link planRoleRetrieval}. */
export interface PlanRoleRetrievalInput {
  workflow: string;
  saasUsers: readonly WorkflowSaasUser[];
  /** One full Lever listing, deactivated users included. */
  leverUsers: Iterable<LeverUserData>;
  deactivateMissing: boolean;
  maxDeactivations: MaxDeactivations;
  now: Date;
}

/**
 * Plans "SaaS User Role retrieval": each SaaS user of the Lever app gets its Lever `accessRole`
 * (found by `user_external_id`, then email); with `deactivateMissing`, active SaaS users whose Lever
 * user is gone or deactivated are deactivated, within the safety threshold. Pure.
 */
export function planRoleRetrieval(input: PlanRoleRetrievalInput): RoleRetrievalPlan {
  const index = indexLeverUsers(input.leverUsers);
  const writes = new Map<string, RoleWrite>();
  const deactivations: RoleWorkflowDeactivation[] = [];
  const skipped: RoleRetrievalPlan["skipped"] = [];
  let rolesUnchanged = 0;
  for (const saasUser of input.saasUsers) {
    const email = saasUser.email ?? null;
    const match = findLeverUser(index, saasUser);
    if (!match.found && match.reason === "ambiguous-email") {
      skipped.push({
        saasUserId: saasUser.saas_user_id,
        email,
        reason: `several Lever users share the email ${email}`,
      });
      continue;
    }
    const lever = match.found ? match.user : undefined;
    if (lever) {
      const current = saasRoleLabels(saasUser.roles);
      if (current.length === 1 && current[0] === lever.accessRole) rolesUnchanged++;
      else {
        const write = writes.get(lever.accessRole) ?? {
          role: lever.accessRole,
          userIds: [],
          saasUserIds: [],
        };
        write.userIds.push(saasUser.user_id);
        write.saasUserIds.push(saasUser.saas_user_id);
        writes.set(lever.accessRole, write);
      }
    }
    const gone = !lever || lever.deactivatedAt !== null;
    if (input.deactivateMissing && gone && saasUser.status !== "deactivated") {
      deactivations.push({
        saasUserId: saasUser.saas_user_id,
        userId: saasUser.user_id,
        email,
        reason: lever ? "deactivated-in-lever" : "missing-in-lever",
        leverUserId: lever?.id ?? null,
      });
    }
  }
  const roleWrites = [...writes.values()].sort((a, b) => a.role.localeCompare(b.role));
  return {
    kind: "workflow-plan",
    workflow: input.workflow,
    type: "saas-user-role",
    createdAt: input.now.toISOString(),
    counts: {
      saasUsers: input.saasUsers.length,
      roleWrites: roleWrites.reduce((sum, write) => sum + write.userIds.length, 0),
      rolesUnchanged,
      deactivations: deactivations.length,
      skipped: skipped.length,
    },
    roleWrites,
    deactivations,
    skipped,
    threshold: resolveMaxDeactivations(input.maxDeactivations, input.saasUsers.length, deactivations.length),
  };
}
