import { smartMapping } from "@lever-oomnitza/mapping";
import type { Command } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { positiveInt } from "../positive-int.js";
import { suggestMappingYaml } from "../suggest-mapping-yaml.js";
import { withHelp } from "../with-help.js";

const indent = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");

/** `connector mapping suggest [--role N] [--json]`: the smart-mapping proposal, ready to paste. */
export function registerMappingSuggestCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("suggest")
    .description("print the smart-mapping proposal as a YAML `mapping:` block (no network)")
    .option("--role <id>", "the Oomnitza role id new users get (makes the proposal ready)", positiveInt)
    .option("--json", "print the mapping as one JSON document", false)
    .action((flags: { role?: number; json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const role = flags.role === undefined ? {} : { role: flags.role };
      if (ctx.json) {
        ctx.out.json(smartMapping(undefined, role));
        return;
      }
      ctx.out.line("# Smart mapping: Lever email → username and email, name → first/last name.");
      ctx.out.line(`mapping:\n${indent(suggestMappingYaml(role))}`);
    });
  return withHelp(cmd, {
    examples: ["connector mapping suggest --role 25", "connector mapping suggest --json"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
