import type { LeverUserData, OomnitzaUserData } from "../plan/plan-data.js";
import type { WorkflowSaasUser } from "./read-workflow-inputs.js";

/**
 * The record a `lever-deactivate-users` rule reads: the SaaS user's own fields (`last_visit`,
 * `status`, `roles`…), the Oomnitza person as `user.<field>` (null when the person is gone, so
 * `{ field: user, op: missing }` selects it) and the Lever user as `lever.<field>`. `last_visit`
 * stays in unix seconds as Oomnitza sends it: the mapping package reads numbers below 1e11 as seconds.
 */
export function ruleRecord(
  saasUser: WorkflowSaasUser,
  person: OomnitzaUserData | undefined,
  lever: LeverUserData | undefined,
): Record<string, unknown> {
  return { ...saasUser, user: person ?? null, lever: lever ?? null };
}
