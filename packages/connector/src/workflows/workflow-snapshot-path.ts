import { join } from "node:path";

/** Where a workflow's snapshot lives: `<state.dir>/workflows/<name>.snapshot.json`. */
export function workflowSnapshotPath(stateDir: string, workflow: string): string {
  return join(stateDir, "workflows", `${workflow}.snapshot.json`);
}
