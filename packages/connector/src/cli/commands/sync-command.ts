import { resolve } from "node:path";
import type { Command } from "commander";
import { exitCodeFor } from "../../errors/exit-code-for.js";
import type { Plan } from "../../plan/plan.js";
import { safetyTripped } from "../../plan/safety-tripped.js";
import type { CliDeps } from "../cli-deps.js";
import { confirmDeactivations, type PendingDeactivations } from "../confirm-deactivations.js";
import { createCliConnector } from "../create-cli-connector.js";
import { fixFor } from "../describe-error.js";
import { ALL_EXIT_CODES } from "../exit-code-help.js";
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
export function deactivationsIn(plan: Plan): PendingDeactivations {
  const count =
    !plan.saas || safetyTripped(plan.saas.safety, plan.saas.deactivate.length)
      ? 0
      : plan.saas.deactivate.length;
  return {
    count,
    what: `The plan deactivates ${count} SaaS user${count === 1 ? "" : "s"} of "${plan.saas?.app.name}"`,
    review: "connector plan",
  };
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
        const confirm = (plan: Plan) => confirmDeactivations(ctx, deactivationsIn(plan), flags);
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
            { message, fix: report.error.fix ?? fixFor(exitCode, message, report.error), exitCode },
            null,
          );
        }
      } finally {
        dispose();
        ctx.progress.stop();
      }
    });
  return withHelp(cmd, {
    examples: [
      "connector sync --dry-run",
      "connector sync --yes --json > last-run.json",
      "connector plan --out plan.json && connector sync --plan plan.json",
    ],
    exitCodes: ALL_EXIT_CODES,
  });
}
