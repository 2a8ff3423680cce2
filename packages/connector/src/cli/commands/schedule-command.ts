import type { Command } from "commander";
import { Cron } from "croner";
import type { ConnectorConfig } from "../../config/config-schema.js";
import { exitCodeFor } from "../../errors/exit-code-for.js";
import { ExitCode } from "../../errors/exit-codes.js";
import type { Plan } from "../../plan/plan.js";
import { StateLockedError } from "../../state/state-lock.js";
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
import { notifyOutcome } from "../notify-outcome.js";
import { createSchedulerMetrics, type SchedulerMetrics } from "../service/scheduler-metrics.js";
import { parseListen, startService } from "../service/start-service.js";
import { withHelp } from "../with-help.js";
import type { RecordRun, ScheduledJob } from "./scheduled-job.js";
import { scheduledWorkflowJobs } from "./scheduled-workflow-jobs.js";
import { deactivationsIn } from "./sync-command.js";

interface ScheduleFlags {
  yes: boolean;
  listen?: string;
}

/** A scheduled sync that would deactivate SaaS users, run without `--yes`: nothing is written. */
class NeedsApproval extends Error {
  override name = "NeedsApproval";
  readonly exitCode = ExitCode.usage;
}

/** The jobs of a config: the sync on `sync.schedule` (then the after-sync workflows), and scheduled workflows. */
function scheduledJobs(ctx: CliContext, config: ConnectorConfig, flags: ScheduleFlags): ScheduledJob[] {
  const workflows = scheduledWorkflowJobs(config, { logger: ctx.logger, style: ctx.style });
  const approve = (plan: Plan) => {
    const n = deactivationsIn(plan).count;
    if (n > 0 && !flags.yes)
      throw new NeedsApproval(
        `the plan deactivates ${n} SaaS user${n === 1 ? "" : "s"} of "${plan.saas?.app.name}"; nothing was written. Review with \`connector plan\`, then run \`connector sync\` and confirm, or run the scheduler with --yes.`,
      );
  };
  return [
    {
      name: "sync",
      pattern: config.sync.schedule,
      configPath: "sync.schedule",
      async run(signal, record, current) {
        const r = await createCliConnector(ctx, current).sync({ signal, confirm: approve });
        ctx.progress.stop();
        await record("sync", r);
        const u = r.counts.users;
        const line = `${formatOutcome(r.outcome, ctx.style)} (exit ${exitCodeFor(r)}) in ${formatDuration(r.durationMs)}: ${u.create} created, ${u.update} updated, ${u.unchanged} unchanged, ${r.counts.writes} writes${r.reportPath ? ` — ${r.reportPath}` : ""}`;
        if (signal.aborted) return line;
        return [line, ...(await workflows.afterSync(record, current))].join("\n");
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

/** Metrics and notifications for a job that ended without a report of its own. */
async function recordFailure(
  ctx: CliContext,
  config: ConnectorConfig,
  metrics: SchedulerMetrics,
  job: string,
  err: unknown,
): Promise<string> {
  const e = describeError(err);
  if (err instanceof NeedsApproval) {
    metrics.noReport(job, "needs-approval", e.exitCode);
    await notifyOutcome(ctx, config, {
      job,
      exitCode: e.exitCode,
      event: "needs-approval",
      source: { message: err.message },
    });
    return `${ctx.style.yellow("needs approval")}: ${err.message}`;
  }
  if (err instanceof StateLockedError) {
    metrics.noReport(job, "locked", ExitCode.locked);
    return `${ctx.style.yellow("skipped")}: ${err.message}`;
  }
  metrics.noReport(job, "failed-to-start", e.exitCode);
  ctx.logger.error({ job, exitCode: e.exitCode }, e.message);
  await notifyOutcome(ctx, config, { job, exitCode: e.exitCode, source: { message: e.message } });
  return `${ctx.style.red("failed")} (exit ${e.exitCode}): ${e.message}`;
}

/** `connector schedule [--yes] [--listen host:port]`: runs sync on `sync.schedule`, one run at a time, until stopped. */
export function registerScheduleCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("schedule")
    .description(
      "run sync on sync.schedule (default daily 02:00), then the after-sync workflows, and scheduled workflows on theirs, until stopped; one run at a time",
    )
    .option("-y, --yes", "let scheduled syncs deactivate SaaS users (within saas.maxDeactivations)", false)
    .option(
      "--listen <address>",
      "serve /healthz and Prometheus /metrics on host:port (a bare port binds to 127.0.0.1)",
    )
    .action(async (flags: ScheduleFlags, command: Command) => {
      const ctx = deps.context(command);
      const listen = flags.listen === undefined ? undefined : parseListen(flags.listen);
      if (flags.listen !== undefined && listen === undefined) {
        throw new CliError(
          `--listen "${flags.listen}" is not host:port.`,
          ExitCode.usage,
          "Give a port (9464) or host:port (127.0.0.1:9464, [::1]:9464, 0.0.0.0:9464).",
        );
      }
      const config = await loadCliConfig(ctx);
      const jobs = scheduledJobs(ctx, config, flags);
      for (const job of jobs) cronFor(job).stop();
      const metrics = createSchedulerMetrics();
      const record: RecordRun = async (job, report) => {
        const exitCode = exitCodeFor(report);
        metrics.report(job, report, exitCode);
        const sent = await notifyOutcome(ctx, config, { job, exitCode, source: { report } });
        for (const d of sent) if (!d.ok) metrics.notificationFailed();
      };
      const queue = createRunQueue();
      const controller = new AbortController();
      const state = { stopping: false, nextRuns: () => ({}) as Record<string, string | null> };
      const crons = jobs.map(
        (job) =>
          new Cron(job.pattern, { protect: true }, () =>
            queue.enqueue(job.name, async () => {
              if (controller.signal.aborted) return;
              try {
                // Each run reads the config again, so a rotated secret (a command, the keychain) is used.
                const current = await loadCliConfig(ctx);
                ctx.out.line(`${stamp(new Date())} ${job.name}: started`);
                ctx.out.line(
                  `${stamp(new Date())} ${job.name}: ${await job.run(controller.signal, record, current)}`,
                );
              } catch (err) {
                ctx.out.line(
                  `${stamp(new Date())} ${job.name}: ${await recordFailure(ctx, config, metrics, job.name, err)}`,
                );
              }
              ctx.out.line(`${job.name}: next run ${stamp(crons[jobs.indexOf(job)]?.nextRun() ?? null)}`);
            }),
          ),
      );
      state.nextRuns = () =>
        Object.fromEntries(jobs.map((job, i) => [job.name, crons[i]?.nextRun()?.toISOString() ?? null]));
      const service = listen ? await startService(listen, metrics, state) : undefined;
      if (service) ctx.out.line(`Serving ${service.url}/healthz and ${service.url}/metrics.`);
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
          state.stopping = true;
          metrics.stopping();
          for (const c of crons) c.stop();
          controller.abort();
          void queue.idle().then(() => {
            dispose();
            resolve();
          });
        });
      });
      if (service) await new Promise<void>((resolve) => service.server.close(() => resolve()));
      ctx.out.line("Stopped.");
    });
  return withHelp(cmd, {
    examples: [
      "connector schedule --yes",
      "connector schedule --yes --listen 127.0.0.1:9464",
      "connector schedule --config /etc/connector/config.yaml --log-format json",
    ],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
