import type { Command } from "commander";
import { Cron } from "croner";
import { exitCodeFor } from "../../exit-code-for.js";
import { ExitCode } from "../../exit-codes.js";
import type { Connector, ConnectorConfig } from "../../types.js";
import { scheduledWorkflowJobs } from "../../workflows/cli/scheduled-workflow-jobs.js";
import type { CliContext } from "../cli-context.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { createCliConnector } from "../create-cli-connector.js";
import { createRunQueue } from "../create-run-queue.js";
import { describeError } from "../describe-error.js";
import { formatDuration } from "../format/format-duration.js";
import { formatOutcome } from "../format/format-outcome.js";
import { handleStopSignals } from "../handle-stop-signals.js";
import { loadCliConfig } from "../load-cli-config.js";
import { withHelp } from "../with-help.js";

/** One thing `connector schedule` runs on a cron pattern (the sync; workflows join here, issue 9). */
export interface ScheduledJob {
  name: string;
  pattern: string;
  configPath: string;
  run(signal: AbortSignal): Promise<string>;
}

/** The jobs of a config: the sync on `sync.schedule` (then the after-sync workflows), and scheduled workflows. */
function scheduledJobs(ctx: CliContext, config: ConnectorConfig, connector: Connector): ScheduledJob[] {
  const workflows = scheduledWorkflowJobs(config, { logger: ctx.logger, style: ctx.style });
  return [
    {
      name: "sync",
      pattern: config.sync.schedule,
      configPath: "sync.schedule",
      async run(signal) {
        const r = await connector.sync({ signal });
        ctx.progress.stop();
        const u = r.counts.users;
        const line = `${formatOutcome(r.outcome, ctx.style)} (exit ${exitCodeFor(r)}) in ${formatDuration(r.durationMs)}: ${u.create} created, ${u.update} updated, ${u.unchanged} unchanged, ${r.counts.writes} writes${r.reportPath ? ` — ${r.reportPath}` : ""}`;
        if (signal.aborted) return line;
        return [line, ...(await workflows.afterSync())].join("\n");
      },
    },
    ...workflows.jobs,
  ];
}

function cronFor(job: ScheduledJob): Cron {
  try {
    return new Cron(job.pattern, { paused: true });
  } catch (err) {
    throw new CliError(
      `${job.configPath} "${job.pattern}" is not a valid cron pattern (${(err as Error).message}).`,
      ExitCode.usage,
      `Use five fields such as "0 2 * * *" (daily at 02:00), or six with seconds first.`,
    );
  }
}

const stamp = (d: Date | null) => (d ? d.toISOString().replace(/\.\d+Z$/, "Z") : "never");

/** `connector schedule`: runs sync on `sync.schedule`, one run at a time, until SIGINT/SIGTERM. */
export function registerScheduleCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("schedule")
    .description(
      "run sync on sync.schedule (default daily 02:00), then the after-sync workflows, and scheduled workflows on theirs, until stopped; one run at a time",
    )
    .action(async (_flags: object, command: Command) => {
      const ctx = deps.context(command);
      const config = await loadCliConfig(ctx);
      const jobs = scheduledJobs(ctx, config, createCliConnector(ctx, config));
      for (const job of jobs) cronFor(job).stop();
      const queue = createRunQueue();
      const controller = new AbortController();
      const crons = jobs.map(
        (job) =>
          new Cron(job.pattern, { protect: true }, () =>
            queue.enqueue(job.name, async () => {
              if (controller.signal.aborted) return;
              ctx.out.line(`${stamp(new Date())} ${job.name}: started`);
              try {
                ctx.out.line(`${stamp(new Date())} ${job.name}: ${await job.run(controller.signal)}`);
              } catch (err) {
                const e = describeError(err);
                ctx.logger.error({ job: job.name, exitCode: e.exitCode }, e.message);
                ctx.out.line(
                  `${stamp(new Date())} ${job.name}: ${ctx.style.red("failed")} (exit ${e.exitCode}): ${e.message}`,
                );
              }
              ctx.out.line(`${job.name}: next run ${stamp(crons[jobs.indexOf(job)]?.nextRun() ?? null)}`);
            }),
          ),
      );
      jobs.forEach((job, i) => {
        ctx.out.line(
          `Scheduled ${job.name} on "${job.pattern}"; next run ${stamp(crons[i]?.nextRun() ?? null)}.`,
        );
      });
      ctx.out.line(
        ctx.style.dim("Ctrl-C (or SIGTERM) stops after the run in flight finishes and writes its report."),
      );
      await new Promise<void>((resolve) => {
        const dispose = handleStopSignals(ctx, () => {
          for (const c of crons) c.stop();
          controller.abort();
          void queue.idle().then(() => {
            dispose();
            resolve();
          });
        });
      });
      ctx.out.line("Stopped.");
    });
  return withHelp(cmd, [
    "connector schedule",
    "connector schedule --config /etc/connector/config.yaml --log-format json",
  ]);
}
