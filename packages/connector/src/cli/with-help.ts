import type { Command } from "commander";
import { EXIT_CODE_HELP } from "./exit-code-help.js";

/** Adds the examples and the exit-code table under a command's `--help`. */
export function withHelp(cmd: Command, examples: string[]): Command {
  const lines = ["", "Examples:", ...examples.map((e) => `  $ ${e}`), "", EXIT_CODE_HELP];
  return cmd.addHelpText("after", lines.join("\n"));
}
