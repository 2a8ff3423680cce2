import type { ConnectorConfig } from "../../config/config-schema.js";
import type { RunReport } from "../../engine/run-report.js";

/** Called for each run report a job produces (the sync, each workflow): metrics and notifications. */
export type RecordRun = (
  job: string,
  report: Pick<
    RunReport,
    | "outcome"
    | "finishedAt"
    | "durationMs"
    | "counts"
    | "failures"
    | "requests"
    | "safety"
    | "reportPath"
    | "runId"
    | "error"
  > & { kind: string },
) => Promise<void>;

/** One thing `connector schedule` runs on a cron pattern. */
export interface ScheduledJob {
  name: string;
  pattern: string;
  configPath: string;
  /** Runs once with the config as read for this run (secrets resolved anew). */
  run(signal: AbortSignal, record: RecordRun, config: ConnectorConfig): Promise<string>;
}
