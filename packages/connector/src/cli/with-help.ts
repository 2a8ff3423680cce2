import type { Command } from "commander";
import type { ExitCodeValue } from "../errors/exit-codes.js";
import { exitCodeHelp } from "./exit-code-help.js";

/** What a command's `--help` adds under its options: examples and the exit codes it can return. */
export interface HelpExtras {
  examples: string[];
  exitCodes: readonly ExitCodeValue[];
  /** A command-specific meaning of a code, e.g. exit 1 of a read-only command. */
  meaning?: Partial<Record<ExitCodeValue, string>>;
}

/** Adds the examples and the command's exit codes under its `--help`. */
export function withHelp(cmd: Command, help: HelpExtras): Command {
  const lines = [
    "",
    "Examples:",
    ...help.examples.map((e) => `  $ ${e}`),
    "",
    exitCodeHelp(help.exitCodes, help.meaning),
  ];
  return cmd.addHelpText("after", lines.join("\n"));
}
