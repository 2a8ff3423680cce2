import type { WorkflowLeverUser } from "./workflow-records.js";

/** A workflow's exemptions: emails (either side's, case-insensitive) and Lever roles. */
export interface Exemptions {
  emails: readonly string[];
  roles: readonly string[];
}

const normal = (value: string) => value.trim().toLowerCase();

/** Why a user is exempt from deactivation (`exempt email …`, `exempt role super admin`), or undefined. */
export function exemptionReason(
  exempt: Exemptions,
  lever: WorkflowLeverUser,
  saasEmail: string | null,
): string | undefined {
  const emails = new Set(exempt.emails.map(normal));
  if (emails.has(normal(lever.email)) || (saasEmail !== null && emails.has(normal(saasEmail)))) {
    return `exempt email ${lever.email}`;
  }
  if (exempt.roles.some((role) => normal(role) === normal(lever.accessRole))) {
    return `exempt role ${lever.accessRole}`;
  }
  return undefined;
}
