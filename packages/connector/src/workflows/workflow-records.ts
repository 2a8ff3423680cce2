// The record shapes the workflows read. They are the structural subset of the clients' types
// (oomnitza-client `SaasUser`/`OomnitzaUser`, lever-client `LeverUser`) that the planners need,
// so the planners stay pure and can be tested on plain data.

/** An Oomnitza SaaS user of the Lever app (`GET /api/v3/saas_users`), as the workflows read it. */
export interface WorkflowSaasUser {
  saas_user_id: string;
  user_id: string;
  saas_id?: string | number;
  email?: string | null;
  username?: string | null;
  full_name?: string | null;
  /** The Lever user id, stored by the sync (`POST /saas/{id}/users/{user_id}`). */
  user_external_id?: string | null;
  /** Last activity in Lever, unix SECONDS (oomnitza-api.md §3 "SaaS-user fields"). */
  last_visit?: number | null;
  status: string;
  /** Oomnitza returns one role object or an array of them; both are tolerated. */
  roles?: unknown;
  [field: string]: unknown;
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
