// The record shapes the workflows read. They are the structural subset of the clients' types
// (oomnitza-client `SaasUser`/`OomnitzaUser`, lever-client `LeverUser`) that the planners need,
// so the planners stay pure and can be tested on plain data.

/** An Oomnitza SaaS user as `GET /api/v3/saas_users` or `/saas/{ident}/users` return it. */
export interface WorkflowSaasUserRecord {
  /** Absent on tenants shaped like the 2022 export (see `saasUserSupport`). */
  saas_user_id?: string;
  user_id: string;
  saas_id?: string | number;
  email?: string | null;
  username?: string | null;
  full_name?: string | null;
  /** The Lever user id, stored by the sync (`POST /saas/{id}/users/{user_id}`). */
  user_external_id?: string | null;
  /** Last activity in Lever, unix SECONDS (see openapi/oomnitza.yaml, `SaasUser`). */
  last_visit?: number | null;
  /** Absent on tenants shaped like the 2022 export. */
  status?: string;
  /** Oomnitza returns one role object or an array of them; both are tolerated. */
  roles?: unknown;
  [field: string]: unknown;
}

/**
 * A SaaS user of the Lever app as the workflows plan with it. `saas_user_id` is the record's own, or
 * `user:<user_id>` on tenants that send none (the export addresses a SaaS user by app and person); such
 * a key only names the record in plans, snapshots and reports and is never sent: status changes are
 * refused on those tenants (`saasUserSupport`). `status` is `"unknown"` when the tenant sends none.
 */
export interface WorkflowSaasUser extends WorkflowSaasUserRecord {
  saas_user_id: string;
  status: string;
}

/** A Lever user as the workflows read it (`GET /v1/users?includeDeactivated=true`). */
export interface WorkflowLeverUser {
  id: string;
  email: string;
  name?: string;
  accessRole: string;
  /** ms epoch; null = active. Lever has no delete: deactivation is its offboarding. */
  deactivatedAt: number | null;
  [field: string]: unknown;
}

/** An Oomnitza person (`GET /api/v3/users`), exposed to rules as `user.<field>`. */
export interface WorkflowPerson {
  user_id: string;
  email?: string;
  suspended?: boolean;
  [field: string]: unknown;
}
