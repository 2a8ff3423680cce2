import type { WorkflowSaasUser } from "./workflow-records.js";

/**
 * What a workflow remembers between runs (`<state.dir>/workflows/<name>.snapshot.json`): each SaaS
 * user's id and status, nothing else (no emails, no secrets). Oomnitza sends no webhook we can rely
 * on, so "newly assigned" and "newly deactivated" are found by comparing with this snapshot.
 */
export interface WorkflowSnapshot {
  version: 1;
  workflow: string;
  savedAt: string;
  users: Record<string, { status: string }>;
}

/** Builds the snapshot of the SaaS users read by this run. */
export function workflowSnapshot(
  workflow: string,
  saasUsers: readonly WorkflowSaasUser[],
  now: Date,
): WorkflowSnapshot {
  const users: WorkflowSnapshot["users"] = {};
  for (const user of saasUsers) users[user.saas_user_id] = { status: user.status };
  return { version: 1, workflow, savedAt: now.toISOString(), users };
}
