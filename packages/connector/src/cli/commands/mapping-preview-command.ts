import type { Command } from "commander";
import { resolveMapping } from "../../config/resolve-mapping.js";
import { previewMapping } from "../../engine/preview-mapping.js";
import { ExitCode } from "../../errors/exit-codes.js";
import { formatValue } from "../../report/format-value.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { createCliEngineContext } from "../create-cli-connector.js";
import { READ_FAILURE } from "../exit-code-help.js";
import { loadCliConfig } from "../load-cli-config.js";
import { positiveInt } from "../positive-int.js";
import { withHelp } from "../with-help.js";

/** `connector mapping preview [--limit N] [--json]`: the first N Lever users mapped, with provenance. */
export function registerMappingPreviewCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("preview")
    .description(
      "map the first N Lever users and show each Oomnitza field with where it came from (reads Lever only)",
    )
    .option("--limit <n>", "how many Lever users", positiveInt, 5)
    .option("--json", "print the previews as one JSON document", false)
    .action(async (flags: { limit: number; json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const validation = resolveMapping(config.mapping);
      if (validation.status !== "ready") {
        const first = validation.problems[0];
        throw new CliError(
          `The mapping is a draft (${validation.problems.length} problem(s)), first: mapping.${first?.path}: ${first?.message}.`,
          ExitCode.usage,
          `${first?.fix ?? ""} — \`connector mapping validate\` lists them all.`,
        );
      }
      const previews = await previewMapping(
        createCliEngineContext(ctx, config),
        validation.mapping,
        flags.limit,
      );
      if (ctx.json) {
        ctx.out.json({ previews });
        return;
      }
      for (const p of previews) {
        const tag = p.included ? "" : ctx.style.yellow(" (filtered out: not synced)");
        ctx.out.line(
          `${ctx.style.bold(p.name)} <${p.email ?? "no email"}> ${ctx.style.dim(p.leverId)}${tag}`,
        );
        if (!p.result.ok) {
          for (const reason of p.result.reasons) ctx.out.line(`  ${ctx.style.red("✗")} ${reason}`);
        } else {
          const names = Object.keys(p.result.record);
          const width = Math.max(...names.map((n) => n.length));
          for (const field of names) {
            const from = p.result.provenance[field];
            const how = from ? [from.from, ...from.transforms].join(" → ") : "";
            ctx.out.line(
              `  ${field.padEnd(width)} = ${formatValue(p.result.record[field])}  ${ctx.style.dim(`← ${how}`)}`,
            );
          }
        }
        ctx.out.line("");
      }
    });
  return withHelp(cmd, {
    examples: ["connector mapping preview", "connector mapping preview --limit 20 --json"],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}
