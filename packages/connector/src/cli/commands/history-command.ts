import type { Command } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import { listRuns } from "../../state/list-runs.js";
import type { CliDeps } from "../cli-deps.js";
import { formatHistory, HISTORY_LEGEND } from "../format/format-history.js";
import { loadCliConfig } from "../load-cli-config.js";
import { positiveInt } from "../positive-int.js";
import { withHelp } from "../with-help.js";

/** `connector history [--json] [--limit N]`: past runs from `<state.dir>/runs/`, newest first. */
export function registerHistoryCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("history")
    .description("list past runs from <state.dir>/runs/, newest first")
    .option("--json", "print the run reports as one JSON document", false)
    .option("--limit <n>", "how many runs", positiveInt, 20)
    .action(async (flags: { json: boolean; limit: number }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx, { offline: true });
      const runs = await listRuns(config.state.dir, flags.limit);
      if (ctx.json) {
        ctx.out.json({ stateDir: config.state.dir, runs });
        return;
      }
      for (const line of formatHistory(runs, ctx.style)) ctx.out.line(line);
      if (runs.length > 0) {
        ctx.out.line(ctx.style.dim(`\n${HISTORY_LEGEND}.`));
        ctx.out.line(ctx.style.dim(`Reports: ${config.state.dir}/runs/`));
      }
    });
  return withHelp(cmd, {
    examples: [
      "connector history",
      "connector history --limit 5",
      "connector history --json | jq '.runs[0].counts'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
