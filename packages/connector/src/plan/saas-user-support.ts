/** The SaaS-user fields the status features read (plain data; the clients' `SaasUser` fits). */
interface StatusFields {
  saas_user_id?: unknown;
  status?: unknown;
}

/** What the SaaS users a tenant returned let the connector do with their activation state. */
export interface SaasUserSupport {
  /** Every SaaS user says `active` or `deactivated`: deactivations and reactivations can be planned. */
  status: boolean;
  /** Every SaaS user has a `saas_user_id`, the only id activate/deactivate take. */
  saasUserId: boolean;
  /** Why status changes cannot be planned (empty when they can). */
  degraded: DegradedFeature[];
}

const STATES = new Set(["active", "deactivated"]);
const CHECK =
  "run `connector check --contract --out contract-report.json` and attach the report to a bug report";

/**
 * The one decision on which SaaS-user status features a tenant's records support. A tenant shaped like
 * the 2022 export sends no `status` and no `saas_user_id` (see `x-export-2022` in openapi/oomnitza.yaml):
 * an unknown state is neither "active" nor "deactivated", so nothing is deactivated or reactivated on a
 * guess. `feature` names what the caller would have planned with it.
 */
export function saasUserSupport(users: readonly StatusFields[], feature: string): SaasUserSupport {
  const noStatus = users.filter((u) => typeof u.status !== "string" || !STATES.has(u.status)).length;
  const noId = users.filter((u) => typeof u.saas_user_id !== "string" || u.saas_user_id === "").length;
  const degraded: DegradedFeature[] = [];
  if (noStatus > 0)
    degraded.push({
      feature,
      field: "status",
      message: `${noStatus} of ${users.length} SaaS users have no status ("active" or "deactivated"), so ${feature} was refused: the connector will not guess whether a SaaS user is active.`,
      fix: `deactivate or reactivate these SaaS users in Oomnitza (Software > SaaS > Users) until the tenant's API returns status; ${CHECK}.`,
    });
  if (noId > 0)
    degraded.push({
      feature,
      field: "saas_user_id",
      message: `${noId} of ${users.length} SaaS users have no saas_user_id, the only id Oomnitza's activate/deactivate take, so ${feature} was refused.`,
      fix: `make the change in Oomnitza (Software > SaaS > Users); ${CHECK}.`,
    });
  return { status: noStatus === 0, saasUserId: noId === 0, degraded };
}

/** A feature the run could not perform on this tenant's data, while the rest went on (loudly reported). */
export interface DegradedFeature {
  /** What was not done, e.g. "SaaS-user deactivation and reactivation". */
  feature: string;
  /** The API field whose absence caused it, e.g. `status`. */
  field: string;
  message: string;
  /** What the user can do. */
  fix: string;
}
