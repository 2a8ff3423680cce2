import type { KnownFields } from "@lever-oomnitza/http";
import type { components } from "./generated/lever.js";

/** Shows an intersection as one object type in editors. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The five built-in Lever access roles, spelled exactly as Lever does (https://hire.lever.co/developer/documentation#users). */
export type LeverBuiltInAccessRole = components["schemas"]["LeverBuiltInAccessRole"];

/** A built-in role, or a custom role id on accounts with custom roles. Keeps autocomplete for the built-ins. */
export type LeverAccessRole = LeverBuiltInAccessRole | (string & {});

/** The built-in roles as a runtime list. */
export const LEVER_BUILT_IN_ACCESS_ROLES: readonly LeverBuiltInAccessRole[] = [
  "super admin",
  "admin",
  "team member",
  "limited team member",
  "interviewer",
];

/**
 * A Lever user: the fields of the spec's `LeverUser`, and no others, so `user.emial` does not compile.
 * Timestamps are ms epochs; `deactivatedAt` is null while active. A field Lever adds later is still in
 * the object: read it with `vendorFields(user)`.
 * `get`/`create`/`update` guarantee a string `id` and `email`; a listed user is a {@link LeverListedUser}.
 */
export type LeverUser = Flat<
  Omit<KnownFields<components["schemas"]["LeverUser"]>, "deactivatedAt" | "accessRole"> & {
    /** Deactivation time in ms since the Unix epoch; null while active (also when Lever omits it). */
    deactivatedAt: number | null;
    accessRole: LeverAccessRole;
  }
>;

/**
 * A user as `users.list` yields it: only `id` is guaranteed. Lever has returned users without an email (and
 * with nulls elsewhere); the record passes through as Lever sent it, so check fields before relying on them.
 */
export type LeverListedUser = Flat<Omit<LeverUser, "email"> & { email?: string | undefined }>;

/** Body of `users.create`: `name` and `email` required; `accessRole` defaults to `interviewer` at Lever. */
export interface LeverUserCreate {
  name: string;
  email: string;
  accessRole?: LeverAccessRole;
  externalDirectoryId?: string | null;
  jobTitle?: string | null;
  managerId?: string | null;
}

/** Fields `users.update` may change; anything omitted keeps its current value (the client merges before PUT). */
export type LeverUserChanges = Partial<LeverUserCreate> & { [k: string]: unknown };

/** A candidate tag and how many candidates carry it. */
export type LeverTag = KnownFields<components["schemas"]["LeverTag"]>;

/**
 * Filters of `users.list`, the fields Lever filters on server-side; every page is requested with the same
 * filters (https://hire.lever.co/developer/documentation#list-all-users).
 */
export interface LeverUserQuery {
  /** Include deactivated users (Lever returns active users only by default). */
  includeDeactivated?: boolean | undefined;
  /** Exact match on the canonicalized email. */
  email?: string | undefined;
  /** Any of these roles (built-in name or custom role id). */
  accessRole?: LeverAccessRole[] | undefined;
  /** Sent as Lever's snake_case `external_directory_id`. */
  externalDirectoryId?: string | undefined;
  /** Users per page, 1 to 100 (default: the client's `pageSize`, 100). */
  pageSize?: number | undefined;
}
