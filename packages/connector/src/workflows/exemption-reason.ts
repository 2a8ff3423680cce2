import type { LeverUserData } from "../plan/plan-data.js";

/** A workflow's exemptions: emails (either side's, case-insensitive) and Lever roles. */
export interface Exemptions {
  emails: readonly string[];
  roles: readonly string[];
}

const normal = (value: string) => value.trim().toLowerCase();

/** Why a user is exempt from deactivation (`exempt email …`, `exempt role super admin`), or undefined. */
export function exemptionReason(
  exempt: Exemptions,
  lever: LeverUserData,
  saasEmail: string | null,
): string | undefined {
  const emails = new Set(exempt.emails.map(normal));
  const leverEmail = typeof lever.email === "string" ? lever.email : undefined;
  if (leverEmail !== undefined && emails.has(normal(leverEmail))) return `exempt email ${leverEmail}`;
  if (saasEmail !== null && emails.has(normal(saasEmail))) return `exempt email ${leverEmail ?? saasEmail}`;
  if (exempt.roles.some((role) => normal(role) === normal(lever.accessRole))) {
    return `exempt role ${lever.accessRole}`;
  }
  return undefined;
}
