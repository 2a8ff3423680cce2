/** Lever's five built-in access roles, exactly as the API spells them (docs/vendor-facts.md#lever-user-object). */
export const leverAccessRoles = [
  "super admin",
  "admin",
  "team member",
  "limited team member",
  "interviewer",
] as const;

/** One of Lever's built-in access roles. */
export type LeverAccessRole = (typeof leverAccessRoles)[number];

/** A Lever user as the sandbox stores and serves it (docs/vendor-facts.md#lever-user-object). */
export interface SandboxLeverUser {
  id: string;
  name: string;
  username: string;
  email: string;
  createdAt: number;
  deactivatedAt: number | null;
  accessRole: LeverAccessRole;
  photo: string | null;
  externalDirectoryId: string | null;
  linkedContactIds: string[] | null;
  jobTitle: string | null;
  managerId: string | null;
}

/** A Lever tag `{ text, count }`. */
export interface SandboxLeverTag {
  text: string;
  count: number;
}

/** Permissions a sandbox Lever API key can hold (Lever permissions are per endpoint, per key). */
export type LeverPermission = "users:read" | "users:write" | "tags:read";

/** An Oomnitza person record; custom fields sit next to the standard ones (docs/vendor-facts.md#oomnitza-users). */
export interface SandboxOomnitzaUser {
  user_id: string;
  uid: number;
  username: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  full_name: string;
  role: number;
  position: string | null;
  phone_number: string | null;
  suspended: boolean;
  external_id: string | null;
  creation_date: number;
  change_date: number;
  created_by: string;
  changed_by: string;
  [custom: string]: unknown;
}

/** A tenant-defined custom user field (Users > Customization): short text, number, boolean or date. */
export interface OomnitzaCustomField {
  name: string;
  type: "text" | "number" | "boolean" | "date";
  unique?: boolean;
  mandatory?: boolean;
}

/** An Oomnitza role (`role` on a user is its numeric id). */
export interface OomnitzaRole {
  id: number;
  name: string;
}

/** A SaaS application record (docs/vendor-facts.md#oomnitza-saas). */
export interface SandboxSaasApp {
  saas_id: number;
  saas_name: string;
  category: string | null;
  publisher: string | null;
  url: string | null;
  source: string;
  creationdate: number;
  changedate: number;
}

/** A role inside one SaaS application. */
export interface SandboxSaasRole {
  role_id: number;
  saas_id: number;
  role_external_id: string | null;
  role_external_label: string;
  source: string;
}

/** A SaaS user: one person's seat in one SaaS app, stored without the person's copied fields. */
export interface SandboxSaasUser {
  saas_user_id: string;
  saas_id: number;
  user_id: string;
  user_external_id: string | null;
  last_visit: number | null;
  status: "active" | "deactivated";
  role_ids: number[];
  /** Snapshot of the person at assignment, served when the person has since been deleted. */
  person: { username: string; email: string; full_name: string };
}
