// Public record types. They mirror openapi/oomnitza.yaml (pinned against the generated schema by the
// type tests) but read better in editors than the generated intersections.

/** An Oomnitza user (people record). Dates are unix seconds; custom fields appear under their External ID. */
export interface OomnitzaUser {
  /** Record id: the `{ident}` of `/api/v3/users/{ident}`. */
  user_id: string;
  username?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  full_name?: string;
  /** Numeric Oomnitza role (permissions) id. */
  role?: number;
  position?: string;
  suspended?: boolean;
  external_id?: string | null;
  creation_date?: number | null;
  change_date?: number | null;
  /** Tenant-specific custom fields, e.g. `lever_id`. */
  [custom: string]: unknown;
}

/** Fields to create or change on a user (everything optional; the tenant's data model decides). */
export type OomnitzaUserInput = Partial<Omit<OomnitzaUser, "user_id" | "creation_date" | "change_date">> & {
  [custom: string]: unknown;
};

/** One field of the users data model (from the undocumented `/api/v3/users/meta`). */
export interface FieldMeta {
  /** The External ID: the name used in records and filters. */
  name: string;
  type: string;
  unique?: boolean;
  mandatory?: boolean;
  label?: string;
  [extra: string]: unknown;
}

/** A SaaS application. */
export interface SaasApp {
  saas_id: string | number;
  saas_name: string;
  category?: string | null;
  publisher?: string | null;
  url?: string | null;
  [extra: string]: unknown;
}

/** A SaaS application to create. */
export interface SaasAppInput {
  saas_name: string;
  category?: string;
  publisher?: string;
  url?: string;
  [extra: string]: unknown;
}

/** A role held by a SaaS user. */
export interface SaasRole {
  role_id: string;
  role_external_id?: string | null;
  role_external_label: string;
  [extra: string]: unknown;
}

/** A role defined in a SaaS application (`GET /saas/{ident}/roles`). */
export interface SaasRoleRecord extends SaasRole {
  saas_id?: string | number;
  users_count?: number;
}

/** A role to give users: unknown labels are created by Oomnitza. */
export interface SaasRoleInput {
  role_external_id?: string;
  role_external_label: string;
}

/** A user of a SaaS application. `roles` is always a list here (the 2022 export had a single object). */
export interface SaasUser {
  saas_user_id: string;
  saas_id: string | number;
  /** The Oomnitza user's `user_id`. */
  user_id: string;
  username?: string | null;
  email?: string | null;
  full_name?: string | null;
  /** The user's id inside the SaaS (e.g. the Lever user id). */
  user_external_id?: string | null;
  /** Last activity in the SaaS, unix seconds. */
  last_visit?: number | null;
  status: "active" | "deactivated";
  roles?: SaasRole[];
  [extra: string]: unknown;
}

/** A user of one SaaS, as returned by `saas.users(saasId)` (same shape as {@link SaasUser}). */
export type SaasAssignedUser = SaasUser;

/** Outcome for one id of `saasUsers.activate/deactivate`: `error` is null on success. */
export interface SaasUserStatusResult {
  saas_user_id: string;
  error: string | null;
}

/** Outcome for one user of `saas.assignUsers`: `error` is null on success. */
export interface SaasAssignResult {
  user_id: string;
  assign?: boolean;
  saas_user_id?: string | null;
  error?: string | null;
  [extra: string]: unknown;
}

/** Outcome of `saas.setUserExternalId`: the stored id and any errors (the HTTP status is 200 either way). */
export interface SaasExternalIdResult {
  user_external_id: string | null;
  errors: string[];
}

/** Outcome for one user of `saas.setUserRoles`: `errors` empty on success. */
export interface RoleAssignResult {
  role_id?: string | null;
  user_id?: string | null;
  errors: string[];
  [extra: string]: unknown;
}

/** Optional Oomnitza write headers (each sends "1" when true). */
export interface WriteOptions {
  /** `Oomnitza-Ignore-Meta-Restriction`: write edit-only fields. */
  ignoreMetaRestriction?: boolean;
  /** `Oomnitza-Allow-Unknown-Meta-Fields`: ignore unknown fields instead of a 400. */
  allowUnknownFields?: boolean;
  /** `Oomnitza-Not-Trigger-WF`: don't fire Oomnitza workflows for this write. */
  skipWorkflows?: boolean;
}
