import type { MaxDeactivations } from "../config/config-schema.js";
import { matchedPerson } from "./matched-person.js";
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
  // The people each Lever user has or gets, in Lever-id order: planUsers already returns its actions so,
  // and a copy is sorted only when they are not.
  const actions = isSortedByLeverId(input.userActions)
    ? input.userActions
    : [...input.userActions].sort((a, b) => (a.leverId < b.leverId ? -1 : a.leverId > b.leverId ? 1 : 0));
  const saasByUser = new Map<string, SaasUserData>();
  for (const su of input.saasUsers) if (!saasByUser.has(su.user_id)) saasByUser.set(su.user_id, su);

  const assign: SaasUserRef[] = [];
  const externalIds: SaasPlan["externalIds"] = [];
  const roles = new Map<string, SaasPlan["roles"][number]["users"]>();
  const reactivate: SaasPlan["reactivate"] = [];
  for (const [i, a] of actions.entries()) {
    // A Lever id's last action counts (as when they were keyed by it).
    if (actions[i + 1]?.leverId === a.leverId) continue;
    const userId = personOf(a);
    if (userId === null) continue;
    const leverId = a.leverId;
    const lever = leverById.get(leverId);
    if (!lever || lever.deactivatedAt !== null) continue;
    const su = userId === undefined ? undefined : saasByUser.get(userId);
    if (!su) assign.push({ leverId, userId });
    if (su?.user_external_id !== leverId)
      externalIds.push({ leverId, userId, from: su?.user_external_id ?? null });
    const from = saasRoleLabels(su?.roles);
    if (lever.accessRole && !(from.length === 1 && from[0] === lever.accessRole)) {
      const list = roles.get(lever.accessRole) ?? [];
      list.push({ leverId, userId, from });
      roles.set(lever.accessRole, list);
    }
    if (statusPlanned && su?.status === "deactivated" && su.saas_user_id && userId)
      reactivate.push({ saasUserId: su.saas_user_id, userId, leverId });
  }

  const deactivate =
    input.deactivateMissing && statusPlanned ? planDeactivations({ ...input, leverById }) : [];
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

/** The person a user action leaves the Lever user with: an id, `undefined` (created), or `null` (none). */
function personOf(a: UserAction): string | undefined | null {
  return a.action === "create" ? undefined : (matchedPerson(a) ?? null);
}

function isSortedByLeverId(actions: readonly UserAction[]): boolean {
  for (let i = 1; i < actions.length; i++)
    if ((actions[i - 1] as UserAction).leverId > (actions[i] as UserAction).leverId) return false;
  return true;
}
