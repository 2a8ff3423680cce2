import type { LeverListedUser } from "@lever-oomnitza/lever-client";

// Plain-data inputs of the planner: structurally compatible with the clients' records, so the
// planner can be tested (and benchmarked) without any HTTP.

/**
 * A Lever user as a listing returns it: lever-client's `LeverListedUser`, of which only `id`, `accessRole`
 * and `deactivatedAt` are relied on (an odd record may lack its email or name), plus any field Lever adds.
 */
export type LeverUserData = Pick<LeverListedUser, LeverRelied> &
  Partial<Omit<LeverListedUser, LeverRelied>> & { [field: string]: unknown };

/** The fields of a listed Lever user that the planner and the workflows rely on. */
type LeverRelied = "id" | "accessRole" | "deactivatedAt";

/** The Oomnitza person fields the planner reads (oomnitza-client's `OomnitzaUser` fits). */
export interface OomnitzaUserData {
  user_id: string;
  change_date?: number | string | null;
  [field: string]: unknown;
}

/** A SaaS user of the Lever app (oomnitza-client's `SaasUser` fits). */
export interface SaasUserData {
  /** Absent on tenants shaped like the 2022 export (see `saasUserSupport`). */
  saas_user_id?: string;
  user_id: string;
  email?: string | null;
  user_external_id?: string | null;
  /** `active` or `deactivated`; absent (or anything else) on some tenants: `saasUserSupport` decides. */
  status?: string;
  /** The client lists the roles held; other sources may send one role object (`saasRoleLabels` reads both). */
  roles?: unknown;
  [k: string]: unknown;
}
