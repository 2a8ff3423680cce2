import type { ServedSaasUser } from "./create-saas-store.js";

/**
 * Oomnitza tenants the sandbox can imitate. `standard` implements `openapi/oomnitza.yaml`; the others
 * behave the way a real tenant may where that spec rests on unverified vendor facts (each is documented
 * in the `x-export-2022` notes of the spec and in the sandbox README).
 */
export const sandboxTenants = [
  "standard",
  "export-2022",
  "ignore-paging",
  "cap-100",
  "ignore-filter",
] as const;

/** One of {@link sandboxTenants}. */
export type SandboxTenant = (typeof sandboxTenants)[number];

/** How a tenant variant deviates from the standard one (all false/undefined for `standard`). */
export interface TenantBehaviour {
  /** SaaS users served as the 2022 export describes them: no saas_user_id, saas_id or status; one role object. */
  exportShape: boolean;
  /** SaaS-user lists ignore `limit`/`skip` (the whole list every time) and send no `X-Total-Count`. */
  seatsIgnorePaging: boolean;
  /** `GET /saas_users` ignores `filter` and answers every app's SaaS users. */
  seatsIgnoreFilter: boolean;
  /** Every list caps `limit` at this many records. */
  maxLimit?: number;
  /** Lists send `X-Total-Count`. */
  totalCount: boolean;
  /** `PATCH /saas/{ident}/roles/users` requires `role_external_id` in each role, as the export does. */
  roleExternalIdRequired: boolean;
  /** `POST /saas` requires these fields besides `saas_name` (the export's schema lists them as required). */
  saasCreateRequires: string[];
}

/** The behaviour of a tenant variant; throws naming the valid names for an unknown one. */
export function tenantBehaviour(name: SandboxTenant = "standard"): TenantBehaviour {
  if (!(sandboxTenants as readonly string[]).includes(name))
    throw new Error(`unknown sandbox tenant "${name}": use one of ${sandboxTenants.join(", ")}`);
  const exportShape = name === "export-2022";
  return {
    exportShape,
    seatsIgnorePaging: name === "ignore-paging",
    seatsIgnoreFilter: name === "ignore-filter" || exportShape,
    ...(name === "cap-100" ? { maxLimit: 100 } : {}),
    totalCount: name === "standard" || name === "ignore-filter",
    roleExternalIdRequired: exportShape,
    saasCreateRequires: exportShape ? ["source", "hash", "ignored", "linked", "link_key"] : [],
  };
}

/**
 * A SaaS user as the 2022 export's "SaaS assigned User" schema has it: no saas_user_id, saas_id or
 * status, `roles` one object (null without a role). Unset values stay null rather than a made-up "" or 0.
 */
export function exportShapedSaasUser(user: ServedSaasUser): Record<string, unknown> {
  const [role] = user.roles;
  return {
    email: user.email,
    full_name: user.full_name,
    last_visit: user.last_visit,
    old_usage: user.old_usage,
    user_id: user.user_id,
    username: user.username,
    media_url: null,
    contract_id: user.contract_id,
    roles: role
      ? {
          role_id: role.role_id,
          role_external_id: role.role_external_id ?? "",
          role_external_label: role.role_external_label,
        }
      : null,
    user_external_id: user.user_external_id,
  };
}
