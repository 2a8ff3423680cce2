// Public record types, derived from the generated schema of openapi/oomnitza.yaml: the listed fields
// only (a misspelt field is a compile error); anything else the tenant sends, custom fields included,
// is read through `vendorFields(record)`.
import type { CallOptions, KnownFields } from "@lever-oomnitza/http";
import type { components } from "./generated/oomnitza.js";

type Schemas = components["schemas"];

/** Shows an intersection as one object type in editors. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/**
 * An Oomnitza user (people record). Dates are unix seconds. Custom fields appear under their External ID
 * and are read with `vendorFields(user)`, e.g. `vendorFields(user).lever_id`.
 */
export type OomnitzaUser = Flat<KnownFields<Schemas["User"]>>;

/** Fields to create or change on a user (everything optional; the tenant's data model decides). */
export type OomnitzaUserInput = Partial<Omit<OomnitzaUser, "user_id" | "creation_date" | "change_date">> & {
  [custom: string]: unknown;
};

/** One field of the users data model (from the undocumented `/api/v3/users/meta`). */
export type FieldMeta = KnownFields<Schemas["FieldMeta"]>;

/** A SaaS application. */
export type SaasApp = KnownFields<Schemas["Saas"]>;

/** A SaaS application to create. */
export interface SaasAppInput {
  saas_name: string;
  category?: string;
  publisher?: string;
  url?: string;
  [extra: string]: unknown;
}

/** A role held by a SaaS user. */
export type SaasRole = KnownFields<Schemas["SaasUserRole"]>;

/** A role defined in a SaaS application (`GET /saas/{ident}/roles`). */
export type SaasRoleRecord = KnownFields<Schemas["SaasRoleRecord"]>;

/** A role to create in a SaaS application. */
export interface SaasRoleInput {
  role_external_id?: string;
  role_external_label: string;
}

/**
 * A role to give users (`saas.setUserRoles`): unknown roles are created by Oomnitza. The 2022 export
 * requires `role_external_id`, our spec the label too, so both are required here.
 */
export interface SaasUserRoleInput {
  role_external_id: string;
  role_external_label: string;
}

/**
 * A user of a SaaS application. `roles` is always a list here (the 2022 export had a single object).
 * `saas_user_id`, `saas_id` and `status` are optional: a tenant shaped like the 2022 export sends none of
 * them (see `x-export-2022` in openapi/oomnitza.yaml), and a type promises no more than the data does.
 */
export type SaasUser = Flat<
  Omit<KnownFields<Schemas["SaasUser"]>, "roles" | "saas_user_id" | "saas_id" | "status"> &
    Partial<Pick<KnownFields<Schemas["SaasUser"]>, "saas_user_id" | "saas_id" | "status">> & {
      /** The roles held, always a list here (empty when none). */
      roles: SaasRole[];
    }
>;

/** A user of one SaaS, as returned by `saas.users(saasId)` (same shape as {@link SaasUser}). */
export type SaasAssignedUser = SaasUser;

/** Outcome for one id of `saasUsers.activate/deactivate`: `error` is null on success. */
export interface SaasUserStatusResult {
  saas_user_id: string;
  error: string | null;
}

/** Outcome for one user of `saas.assignUsers`: `error` is null on success. */
export type SaasAssignResult = KnownFields<Schemas["SaasAssignResult"]>;

/** Outcome of `saas.setUserExternalId`: the stored id and any errors (the HTTP status is 200 either way). */
export interface SaasExternalIdResult {
  user_external_id: string | null;
  errors: string[];
}

/** Outcome for one user of `saas.setUserRoles`: `errors` empty on success. */
export type RoleAssignResult = Flat<
  Omit<KnownFields<Schemas["RoleAssignResult"]>, "errors"> & {
    /** Empty on success (the client turns an absent or null list into []). */
    errors: string[];
  }
>;

/** The last argument of a write: the per-call options plus Oomnitza's write headers (each sends "1" when true). */
export interface WriteOptions extends CallOptions {
  /** `Oomnitza-Ignore-Meta-Restriction`: write edit-only fields. */
  ignoreMetaRestriction?: boolean | undefined;
  /** `Oomnitza-Allow-Unknown-Meta-Fields`: ignore unknown fields instead of a 400. */
  allowUnknownFields?: boolean | undefined;
  /** `Oomnitza-Not-Trigger-WF`: don't fire Oomnitza workflows for this write. */
  skipWorkflows?: boolean | undefined;
}
