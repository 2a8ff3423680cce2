/**
 * The role labels a SaaS user holds, sorted: each role's `role_external_label`, else its
 * `role_external_id`. The client hands `roles` over as a list; a saved plan or workflow snapshot written
 * from a tenant on the 2022 export may still hold one role object
 * (docs/vendor-facts.md#oomnitza-saas-user-fields), so that shape, and plain strings, are read too.
 * The sync planner, the role-retrieval workflow and the report all ask this one function.
 */
export function saasRoleLabels(roles: unknown): string[] {
  if (roles === null || roles === undefined) return [];
  const list = Array.isArray(roles) ? roles : [roles];
  const labels: string[] = [];
  for (const role of list) {
    if (typeof role === "string") {
      if (role !== "") labels.push(role);
    } else if (role && typeof role === "object") {
      const { role_external_label: label, role_external_id: id } = role as Record<string, unknown>;
      const text = typeof label === "string" && label !== "" ? label : typeof id === "string" ? id : "";
      if (text !== "") labels.push(text);
    }
  }
  return labels.sort();
}
