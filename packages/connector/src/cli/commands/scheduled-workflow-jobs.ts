import type { Logger } from "@lever-oomnitza/http";
import type { ConnectorConfig } from "../../config/config-schema.js";
import { exitCodeFor } from "../../errors/exit-code-for.js";
import { listWorkflows } from "../../workflows/list-workflows.js";
import { runWorkflow } from "../../workflows/run-workflow.js";
import type { WorkflowRunReport } from "../../workflows/workflow-run-report.js";
import type { Style } from "../create-style.js";
import { formatDuration } from "../format/format-duration.js";
import { formatOutcome } from "../format/format-outcome.js";
import type { RecordRun, ScheduledJob } from "./scheduled-job.js";

/** One line about a workflow run for `connector schedule`'s log. */
function summary(report: WorkflowRunReport, style: Style): string {
  const w = report.workflow;
  const lever = w.deactivations.filter((d) => d.lever === "deactivated").length;
  const saas = w.deactivations.filter((d) => d.oomnitza === "deactivated").length;
  const what =
    w.type === "saas-user-role"
      ? `${report.counts.saas.roles} roles written, ${saas} SaaS users deactivated`
      : `${lever} Lever users and ${saas} SaaS users deactivated${w.baseline ? " (baseline recorded)" : ""}`;
  return `${formatOutcome(report.outcome, style)} (exit ${exitCodeFor(report)}) in ${formatDuration(report.durationMs)}: ${what}${report.reportPath ? ` — ${report.reportPath}` : ""}`;
}

/**
 * What `connector schedule` adds for workflows: a job per workflow whose trigger is a schedule, and a
 * step that runs the `after-sync` (and event-triggered: they compare snapshots, so they run after each
 * sync too) workflows one after the other once a sync has finished. Scheduled runs need no `--yes`:
 * putting a workflow in the config is the opt-in, and its `maxDeactivations` still applies. Each run
 * gets the config as read for it, so rotated secrets are picked up.
 */
export function scheduledWorkflowJobs(
  config: ConnectorConfig,
  o: { logger?: Logger; style: Style },
): { jobs: ScheduledJob[]; afterSync(record: RecordRun, current: ConnectorConfig): Promise<string[]> } {
  const workflows = listWorkflows(config);
  const run = async (name: string, record: RecordRun, current: ConnectorConfig) => {
    const report = await runWorkflow(current, name, { logger: o.logger });
    await record(`workflow ${name}`, report);
    return summary(report, o.style);
  };
  const jobs = workflows
    .filter((w) => w.schedule !== null)
    .map((w) => ({
      name: `workflow ${w.name}`,
      pattern: w.schedule as string,
      configPath: `workflows.${w.name}.trigger.schedule`,
      run: (_signal: AbortSignal, record: RecordRun, current: ConnectorConfig) =>
        run(w.name, record, current),
    }));
  const afterSync = async (record: RecordRun, current: ConnectorConfig) => {
    const lines: string[] = [];
    for (const w of workflows.filter((x) => x.schedule === null)) {
      try {
        lines.push(`workflow ${w.name}: ${await run(w.name, record, current)}`);
      } catch (error) {
        lines.push(
          `workflow ${w.name}: ${o.style.red("failed")}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return lines;
  };
  return { jobs, afterSync };
}
