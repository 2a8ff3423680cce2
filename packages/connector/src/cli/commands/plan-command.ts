import { resolve } from "node:path";
import type { Command } from "commander";
import { readAndPlan } from "../../engine/read-and-plan.js";
import { ExitCode } from "../../errors/exit-codes.js";
import { renderPlanHtml } from "../../report/render-plan-html.js";
import type { CliDeps } from "../cli-deps.js";
import { createCliEngineContext } from "../create-cli-connector.js";
import { READ_FAILURE } from "../exit-code-help.js";
import { formatPlan } from "../format/format-plan.js";
import { loadCliConfig } from "../load-cli-config.js";
import { withHelp } from "../with-help.js";
import { writeJsonFile } from "../write-json-file.js";
import { writeTextFile } from "../write-text-file.js";

/** `connector plan [--json] [--out plan.json] [--html plan.html]`: what a sync would do; reads both sides, writes nothing. */
export function registerPlanCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("plan")
    .description(
      "show what a sync would do, grouped by action, with field changes from → to (writes nothing)",
    )
    .option("--json", "print the plan as one JSON document", false)
    .option(
      "--out <file>",
      "also save the plan, to apply exactly it later with `connector sync --plan <file>`",
    )
    .option("--html <file>", "also write the plan as a self-contained HTML page to review and share")
    .action(async (flags: { json: boolean; out?: string; html?: string }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const planned = await readAndPlan(createCliEngineContext(ctx, config));
      const { plan } = planned;
      ctx.progress.stop();
      const out = flags.out ? resolve(ctx.io.cwd, flags.out) : undefined;
      if (out) writeJsonFile(out, plan);
      const page = flags.html ? resolve(ctx.io.cwd, flags.html) : undefined;
      if (page) writeTextFile(page, await renderPlanHtml(planned), "--html");
      if (ctx.json) {
        ctx.out.json(plan);
        return;
      }
      for (const line of formatPlan(plan, ctx.style)) ctx.out.line(line);
      if (page) ctx.out.line(`Review page written to ${page}`);
      if (out)
        ctx.out.line(`Saved to ${out}. Apply exactly this plan with: connector sync --plan ${flags.out}`);
      else ctx.out.line(ctx.style.dim("Apply with `connector sync`, or save it with --out plan.json first."));
    });
  return withHelp(cmd, {
    examples: [
      "connector plan",
      "connector plan --out plan.json && connector sync --plan plan.json",
      "connector plan --html plan.html",
      "connector plan --json | jq '.summary'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}
