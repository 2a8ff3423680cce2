import { resolve } from "node:path";
import type { Command } from "commander";
import { exitCodeFor } from "../../exit-code-for.js";
import { ExitCode } from "../../exit-codes.js";
import type { Plan } from "../../types.js";
import type { CliContext } from "../cli-context.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { confirm } from "../confirm.js";
import { createCliConnector } from "../create-cli-connector.js";
import { fixFor } from "../describe-error.js";
import { formatReport } from "../format/format-report.js";
import { handleStopSignals } from "../handle-stop-signals.js";
import { loadCliConfig } from "../load-cli-config.js";
import { notifyOutcome } from "../notify-outcome.js";
import { printError } from "../print-error.js";
import { readPlanFile } from "../read-plan-file.js";
import { withHelp } from "../with-help.js";

interface SyncFlags {
  dryRun: boolean;
  plan?: string;
  yes: boolean;
  json: boolean;
}

/** Deactivations this plan will really make (none when the safety threshold already trips). */
export function deactivationsIn(plan: Plan): number {
  if (!plan.saas || plan.saas.safety.tripped) return 0;
  return plan.saas.deactivate.length;
}

/** Deactivations need a yes: asked on a terminal, `--yes` otherwise (a cron job must opt in explicitly). */
async function confirmDeactivations(ctx: CliContext, plan: Plan, flags: SyncFlags): Promise<void> {
  const n = deactivationsIn(plan);
  if (n === 0 || flags.yes || flags.dryRun) return;
  const what = `The plan deactivates ${n} SaaS user${n === 1 ? "" : "s"} of "${plan.saas?.app.name}"`;
  if (!ctx.interactive) {
    throw new CliError(
      `${what}; refusing without confirmation because this is not a terminal. Nothing was written.`,
      ExitCode.usage,
      "Review them with `connector plan`, then pass --yes to apply.",
    );
  }
  ctx.progress.stop();
  if (!(await confirm(ctx, `${what}. Continue?`))) {
    throw new CliError(
      "Cancelled; nothing was written.",
      ExitCode.usage,
      "Pass --yes to skip this question.",
    );
  }
}

/** `connector sync [--dry-run] [--plan plan.json] [--yes] [--json]`: plan then apply, or apply a saved plan. */
export function registerSyncCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("sync")
    .description(
      "apply: create/update People and SaaS users so Oomnitza matches Lever, then write a run report",
    )
    .option("--dry-run", "compute everything, write nothing (no report either)", false)
    .option("--plan <file>", "apply exactly this saved plan (from `connector plan --out`)")
    .option("-y, --yes", "do not ask before deactivating SaaS users", false)
    .option("--json", "print the run report as one JSON document", false)
    .action(async (flags: SyncFlags, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const saved = flags.plan ? readPlanFile(resolve(ctx.io.cwd, flags.plan)) : undefined;
      const connector = createCliConnector(ctx, config);
      const controller = new AbortController();
      const dispose = handleStopSignals(ctx, () => controller.abort());
      try {
        const options = { dryRun: flags.dryRun, signal: controller.signal };
        const confirm = (plan: Plan) => confirmDeactivations(ctx, plan, flags);
        // One engine run either way, so the report counts the plan's reads and the whole duration.
        const report = saved
          ? await connector.apply(saved, { ...options, confirm })
          : await connector.sync({ ...options, confirm });
        ctx.progress.stop();
        if (ctx.json) ctx.out.json(report);
        for (const line of formatReport(report, ctx.style)) ctx.out.line(line);
        deps.result.exitCode = exitCodeFor(report);
        if (!report.dryRun)
          await notifyOutcome(ctx, config, {
            job: "sync",
            exitCode: deps.result.exitCode,
            source: { report },
          });
        // A run that ended on an API error still returns its report; its error is the paragraph on
        // stderr every other command prints (kept with --quiet, beside the report with --json).
        if (report.error) {
          const exitCode = deps.result.exitCode;
          const message = report.error.message;
          printError(
            ctx.io,
            { ...ctx, json: false },
            { message, fix: fixFor(exitCode, message), exitCode },
            null,
          );
        }
      } finally {
        dispose();
        ctx.progress.stop();
      }
    });
  return withHelp(cmd, [
    "connector sync --dry-run",
    "connector sync --yes --json > last-run.json",
    "connector plan --out plan.json && connector sync --plan plan.json",
  ]);
}
