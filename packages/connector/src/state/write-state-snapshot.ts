import { join } from "node:path";
import type { RunReport } from "../engine/run-report.js";
import { writeJsonAtomic } from "./write-json-atomic.js";

/** `<state.dir>/state.json`: the last sync's id, outcome and report, for schedulers and workflows. */
export async function writeStateSnapshot(stateDir: string, report: RunReport): Promise<void> {
  await writeJsonAtomic(join(stateDir, "state.json"), {
    version: 1,
    lastSync: {
      runId: report.runId,
      finishedAt: report.finishedAt,
      outcome: report.outcome,
      reportPath: report.reportPath,
      configFingerprint: report.configFingerprint,
    },
  });
}
