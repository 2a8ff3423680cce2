import type { MaxDeactivations } from "../config/config-schema.js";
import type { SaasPlan, SaasUserRef, UserAction } from "./plan.js";
import type { LeverUserData, SaasUserData } from "./plan-data.js";
import { planDeactivations } from "./plan-deactivations.js";
import { resolveMaxDeactivations } from "./resolve-max-deactivations.js";
import { saasRoleLabels } from "./saas-role-labels.js";
import { saasUserSupport } from "./saas-user-support.js";

/** Input of `planSaas`: the user actions already planned and the app's current SaaS users. */
export interface PlanSaasInput {
  appName: string;
  app: { saas_id: string | number } | null;
  saasUsers: readonly SaasUserData[];
  leverUsers: readonly LeverUserData[];
  userActions: readonly UserAction[];
  deactivateMissing: boolean;
  maxDeactivations: MaxDeactivations;
}

/**
 * SaaS-user actions for the Lever app: assign active Lever users whose person exists or is created,
 * store the Lever id as `user_external_id`, set the Lever role (grouped by role), reactivate returning
 * users, and deactivate SaaS users whose Lever user is deactivated or gone (only with `deactivateMissing`).
 */
export function planSaas(input: PlanSaasInput): SaasPlan {
  const feature = input.deactivateMissing
    ? "SaaS-user deactivation and reactivation"
    : "SaaS-user reactivation";
  const support = saasUserSupport(input.saasUsers, feature);
  const statusPlanned = support.status && support.saasUserId;
  const leverById = new Map(input.leverUsers.map((l) => [l.id, l]));
  const personOf = new Map<string, string | undefined>();
  for (const a of input.userActions) {
    if (a.action === "create") personOf.set(a.leverId, undefined);
    if (a.action === "update" || a.action === "unchanged" || (a.action === "skip" && a.oomnitzaId)) {
      personOf.set(a.leverId, a.oomnitzaId);
    }
  }
  const saasByUser = new Map<string, SaasUserData>();
  for (const su of input.saasUsers) if (!saasByUser.has(su.user_id)) saasByUser.set(su.user_id, su);

  const assign: SaasUserRef[] = [];
  const externalIds: SaasPlan["externalIds"] = [];
  const roles = new Map<string, SaasPlan["roles"][number]["users"]>();
  const reactivate: SaasPlan["reactivate"] = [];
  for (const [leverId, userId] of [...personOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const lever = leverById.get(leverId);
    if (!lever || lever.deactivatedAt !== null) continue;
    const su = userId === undefined ? undefined : saasByUser.get(userId);
    const ref = { leverId, userId };
    if (!su) assign.push(ref);
    if (su?.user_external_id !== leverId) externalIds.push({ ...ref, from: su?.user_external_id ?? null });
    const from = saasRoleLabels(su?.roles);
    if (lever.accessRole && !(from.length === 1 && from[0] === lever.accessRole)) {
      const list = roles.get(lever.accessRole) ?? [];
      list.push({ ...ref, from });
      roles.set(lever.accessRole, list);
    }
    if (statusPlanned && su?.status === "deactivated" && su.saas_user_id && userId)
      reactivate.push({ saasUserId: su.saas_user_id, userId, leverId });
  }

  const deactivate = input.deactivateMissing && statusPlanned ? planDeactivations(input) : [];
  return {
    app: {
      name: input.appName,
      saasId: input.app ? String(input.app.saas_id) : null,
      action: input.app ? "exists" : "create",
    },
    assign,
    externalIds,
    roles: [...roles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([role, users]) => ({ role, users })),
    reactivate,
    deactivate,
    safety: resolveMaxDeactivations(input.maxDeactivations, input.saasUsers.length, deactivate.length),
    ...(support.degraded.length > 0 ? { degraded: support.degraded } : {}),
  };
}
