import { resolve } from "node:path";
import type { Command } from "commander";
import { ExitCode } from "../../exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { createCliConnector } from "../create-cli-connector.js";
import { READ_FAILURE } from "../exit-code-help.js";
import { formatPlan } from "../format/format-plan.js";
import { loadCliConfig } from "../load-cli-config.js";
import { withHelp } from "../with-help.js";
import { writeJsonFile } from "../write-json-file.js";

/** `connector plan [--json] [--out plan.json]`: what a sync would do; reads both sides, writes nothing. */
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
    .action(async (flags: { json: boolean; out?: string }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const plan = await createCliConnector(ctx, config).plan();
      ctx.progress.stop();
      const out = flags.out ? resolve(ctx.io.cwd, flags.out) : undefined;
      if (out) writeJsonFile(out, plan);
      if (ctx.json) {
        ctx.out.json(plan);
        return;
      }
      for (const line of formatPlan(plan, ctx.style)) ctx.out.line(line);
      if (out)
        ctx.out.line(`Saved to ${out}. Apply exactly this plan with: connector sync --plan ${flags.out}`);
      else ctx.out.line(ctx.style.dim("Apply with `connector sync`, or save it with --out plan.json first."));
    });
  return withHelp(cmd, {
    examples: [
      "connector plan",
      "connector plan --out plan.json && connector sync --plan plan.json",
      "connector plan --json | jq '.summary'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}
