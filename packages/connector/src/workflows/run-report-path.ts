import { join } from "node:path";

/**
 * `<state.dir>/runs/<time>-<runId>.json`, the time first and sortable (UTC, `:`/`.` replaced so the
 * name is valid on every file system), as `listRuns` expects.
 */
export function runReportPath(stateDir: string, startedAt: string, runId: string): string {
  return join(stateDir, "runs", `${startedAt.replace(/[:.]/g, "-")}-${runId}.json`);
}
