import type { SaasRole, SaasUser } from "./oomnitza-types.js";

/**
 * Makes `roles` a list: the 2022 export documented a single role object, our spec a list; absent or null → [].
 * Everything else (custom fields included) is kept as sent.
 */
export function normalizeSaasUser(raw: Record<string, unknown>): SaasUser {
  const roles = raw.roles;
  let list: SaasRole[] = [];
  if (Array.isArray(roles)) list = roles as SaasRole[];
  else if (roles && typeof roles === "object") list = [roles as SaasRole];
  return { ...raw, roles: list } as SaasUser;
}

/**
 * What tells two SaaS users apart on a page: `saas_user_id`, or — on tenants shaped like the 2022 export,
 * which has no `saas_user_id` — the app and the person (`/saas/{ident}/users/{user_id}` addresses a SaaS
 * user that way).
 */
export function saasUserPageId(user: SaasUser): string {
  return typeof user.saas_user_id === "string"
    ? user.saas_user_id
    : JSON.stringify([user.saas_id ?? null, user.user_id ?? null]);
}
