import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { WorkflowSaasUser } from "./read-workflow-inputs.js";

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

/** Where a workflow's snapshot lives: `<state.dir>/workflows/<name>.snapshot.json`. */
export function workflowSnapshotPath(stateDir: string, workflow: string): string {
  return join(stateDir, "workflows", `${workflow}.snapshot.json`);
}

/** Builds the snapshot of the SaaS users read by this run (`unknown` for a tenant that sends no status). */
export function workflowSnapshot(
  workflow: string,
  saasUsers: readonly WorkflowSaasUser[],
  now: Date,
): WorkflowSnapshot {
  const users: WorkflowSnapshot["users"] = {};
  for (const user of saasUsers)
    users[user.saas_user_id] = { status: typeof user.status === "string" ? user.status : "unknown" };
  return { version: 1, workflow, savedAt: now.toISOString(), users };
}

/** The snapshot saved by the workflow's previous run, or undefined on its first run. */
export async function readWorkflowSnapshot(
  stateDir: string,
  workflow: string,
): Promise<WorkflowSnapshot | undefined> {
  const path = workflowSnapshotPath(stateDir, workflow);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const snapshot = JSON.parse(text) as Partial<WorkflowSnapshot>;
  if (snapshot.version !== 1 || typeof snapshot.users !== "object" || snapshot.users === null) {
    throw new Error(`${path} is not a workflow snapshot (version 1): delete it to record a new baseline.`);
  }
  return snapshot as WorkflowSnapshot;
}
