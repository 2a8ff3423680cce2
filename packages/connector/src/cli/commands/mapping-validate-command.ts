import type { Command } from "commander";
import { resolveMapping } from "../../config/resolve-mapping.js";
import { ExitCode } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { readRawConfig } from "../read-raw-config.js";
import { withHelp } from "../with-help.js";

/** `connector mapping validate [--json]`: the config's mapping is ready, or every problem with its fix. */
export function registerMappingValidateCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("validate")
    .description(
      "check the config's mapping: ready, or each problem with its fix (no network, no secrets needed)",
    )
    .option("--json", "print the result as one JSON document", false)
    .action((flags: { json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const raw = readRawConfig(ctx.configPath);
      // The same resolution `check` and the run use, so a partial mapping ({ role: 25 }) is completed
      // by smartMapping() here too (without the tenant's fields, which need the network).
      const result = resolveMapping(raw.mapping);
      if (result.status !== "ready") deps.result.exitCode = ExitCode.usage;
      if (ctx.json) {
        ctx.out.json(result);
        return;
      }
      const partial =
        result.source === "config" && (raw.mapping as { fields?: unknown }).fields === undefined;
      const what =
        result.source === "smart-mapping"
          ? "smart mapping (no `mapping:` in the config)"
          : `mapping in ${ctx.configPath}${partial ? " (completed by smartMapping())" : ""}`;
      if (result.status === "ready") {
        ctx.out.line(`${ctx.style.green("✓")} The ${what} is ready.`);
        return;
      }
      ctx.out.line(`${ctx.style.red("✗")} The ${what} is a draft: ${result.problems.length} problem(s).`);
      for (const p of result.problems) {
        ctx.out.line(`  ${ctx.style.red("✗")} mapping${p.path ? `.${p.path}` : ""}: ${p.message}`);
        ctx.out.line(`      ${ctx.style.bold("fix:")} ${p.fix}`);
      }
    });
  return withHelp(cmd, {
    examples: ["connector mapping validate", "connector mapping validate --config prod.yaml --json"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
