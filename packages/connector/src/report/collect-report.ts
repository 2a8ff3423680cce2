import type { EngineContext } from "../engine/engine-context.js";
import { readAndPlan } from "../engine/read-and-plan.js";
import { listRuns } from "../state/list-runs.js";
import { buildReportData } from "./build-report-data.js";
import type { ReportData } from "./report-data.js";

/**
 * Everything `connector report` shows: the plan's reads of Lever and Oomnitza (read-only, the same
 * code as `plan`) and the last `runs` run reports from `<state.dir>/runs/`.
 */
export async function collectReport(
  ctx: EngineContext,
  opts: { runs: number; staleAfterDays: number; signal?: AbortSignal },
): Promise<ReportData> {
  const [planned, runs] = await Promise.all([
    readAndPlan(ctx, opts.signal),
    listRuns(ctx.config.state.dir, opts.runs),
  ]);
  return buildReportData({ ...planned, runs, now: ctx.now(), staleAfterDays: opts.staleAfterDays });
}
