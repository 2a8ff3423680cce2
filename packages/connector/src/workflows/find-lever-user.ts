import type { LeverUserData } from "../plan/plan-data.js";
import type { LeverUserIndex } from "./index-lever-users.js";
import type { WorkflowSaasUser } from "./read-workflow-inputs.js";

/** How a SaaS user was matched to a Lever user. */
export type LeverMatch =
  | { found: true; user: LeverUserData; via: "user_external_id" | "email" }
  | { found: false; reason: "missing" | "ambiguous-email"; candidates?: string[] };

/**
 * Finds the Lever user behind a SaaS user: by `user_external_id` (the Lever id the sync stores),
 * falling back to the email (case-insensitive, deactivated users included). When several Lever users
 * share the email and exactly one is active, that one wins; otherwise the match is ambiguous.
 */
export function findLeverUser(index: LeverUserIndex, saasUser: WorkflowSaasUser): LeverMatch {
  const externalId = saasUser.user_external_id?.trim();
  if (externalId) {
    const user = index.byId.get(externalId);
    if (user) return { found: true, user, via: "user_external_id" };
  }
  const email = saasUser.email?.trim().toLowerCase();
  if (!email) return { found: false, reason: "missing" };
  const users = index.byEmail.get(email) ?? [];
  if (users.length === 1) return { found: true, user: users[0]!, via: "email" };
  if (users.length === 0) return { found: false, reason: "missing" };
  const active = users.filter((user) => user.deactivatedAt === null);
  if (active.length === 1) return { found: true, user: active[0]!, via: "email" };
  return { found: false, reason: "ambiguous-email", candidates: users.map((user) => user.id) };
}
