/**
 * The role labels a SaaS user holds. Oomnitza documents `roles` as one object
 * `{role_id, role_external_id, role_external_label}` but per-user views return an array
 * (docs/vendor-facts.md#oomnitza-saas-user-fields), so both shapes (and plain strings) are read.
 */
export function saasRoleLabels(roles: unknown): string[] {
  if (roles === null || roles === undefined) return [];
  const list = Array.isArray(roles) ? roles : [roles];
  const labels: string[] = [];
  for (const role of list) {
    if (typeof role === "string") labels.push(role);
    else if (role && typeof role === "object") {
      const label = (role as Record<string, unknown>).role_external_label;
      if (typeof label === "string") labels.push(label);
    }
  }
  return labels;
}
