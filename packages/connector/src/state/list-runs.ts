import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RunReport } from "../engine/run-report.js";

/** Past run reports from `<stateDir>/runs/`, newest first; unreadable files are skipped. */
export async function listRuns(stateDir: string, limit = 20): Promise<RunReport[]> {
  const dir = join(stateDir, "runs");
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // File names start with a sortable UTC timestamp, so name order is time order.
  names.sort().reverse();
  const out: RunReport[] = [];
  for (const name of names) {
    if (out.length >= limit) break;
    try {
      const report = JSON.parse(await readFile(join(dir, name), "utf8")) as RunReport;
      if (report.kind === "lever-oomnitza-run") out.push({ ...report, reportPath: join(dir, name) });
    } catch {
      // A half-written or foreign file is not a run; reports are written atomically, so this is rare.
    }
  }
  return out;
}
