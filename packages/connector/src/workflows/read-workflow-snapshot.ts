import { readFile } from "node:fs/promises";
import type { WorkflowSnapshot } from "./workflow-snapshot.js";
import { workflowSnapshotPath } from "./workflow-snapshot-path.js";

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
