// Plain-data builders shared by the workflow unit tests.
import type { LeverUserData, OomnitzaUserData } from "../../src/plan/plan-data.js";
import type { WorkflowSaasUser } from "../../src/workflows/read-workflow-inputs.js";

export const NOW = new Date("2026-06-01T00:00:00Z");
export const DAY_S = 86_400;
export const nowS = Math.floor(NOW.getTime() / 1000);

export function lever(id: string, over: Partial<LeverUserData> = {}): LeverUserData {
  return { id, email: `${id}@acme.io`, name: id, accessRole: "team member", deactivatedAt: null, ...over };
}

export function saas(n: string, over: Partial<WorkflowSaasUser> = {}): WorkflowSaasUser {
  return {
    saas_user_id: `su-${n}`,
    user_id: `u-${n}`,
    email: `${n}@acme.io`,
    user_external_id: n,
    last_visit: nowS - DAY_S,
    status: "active",
    ...over,
  };
}

export function person(n: string, over: Partial<OomnitzaUserData> = {}): OomnitzaUserData {
  return { user_id: `u-${n}`, email: `${n}@acme.io`, suspended: false, ...over };
}
