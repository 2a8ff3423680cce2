// Plain-data inputs of the planner: structurally compatible with the clients' records, so the
// planner can be tested (and benchmarked) without any HTTP.

/** The Lever user fields the planner reads (lever-client's `LeverUser` fits). */
export interface LeverUserData {
  id: string;
  name: string;
  email: string;
  createdAt: number;
  deactivatedAt: number | null;
  accessRole: string;
  [k: string]: unknown;
}

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
  status?: "active" | "deactivated";
  roles?: Array<{ role_external_label?: string | null; role_external_id?: string | null }> | null;
  [k: string]: unknown;
}
