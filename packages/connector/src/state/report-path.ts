import { join } from "node:path";

/** `<state.dir>/runs/<UTC time>-<runId>.json`, with `:`/`.` replaced so the name sorts and is portable. */
export function reportPath(stateDir: string, startedAt: string, runId: string): string {
  return join(stateDir, "runs", `${startedAt.replace(/[:.]/g, "-")}-${runId}.json`);
}
