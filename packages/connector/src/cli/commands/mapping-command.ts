import type { Command } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { READ_FAILURE } from "../exit-code-help.js";
import { withHelp } from "../with-help.js";
import { registerMappingPreviewCommand } from "./mapping-preview-command.js";
import { registerMappingSuggestCommand } from "./mapping-suggest-command.js";
import { registerMappingValidateCommand } from "./mapping-validate-command.js";

/** `connector mapping suggest|validate|preview`: work on the Lever → Oomnitza field mapping. */
export function registerMappingCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("mapping")
    .description("propose, check and preview the Lever → Oomnitza field mapping");
  registerMappingSuggestCommand(cmd, deps);
  registerMappingValidateCommand(cmd, deps);
  registerMappingPreviewCommand(cmd, deps);
  return withHelp(cmd, {
    examples: [
      "connector mapping suggest --role 25 > mapping.yaml   # then paste it over the mapping: block",
      "connector mapping validate",
      "connector mapping preview --limit 5",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}
