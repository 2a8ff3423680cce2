import type { Command } from "commander";
import type { ExitCodeValue } from "../errors/exit-codes.js";
import type { CliContext } from "./cli-context.js";
import type { CliIo } from "./cli-io.js";

/** What every command registration receives from the program. */
export interface CliDeps {
  io: CliIo;
  /** The outcome of the run: commands set `exitCode`; `ctx` lets the error printer redact and go JSON. */
  result: { exitCode: ExitCodeValue; ctx?: CliContext };
  /** Builds (once) the context of the running command from its options and the global ones. */
  context(cmd: Command, flags?: { json?: boolean }): CliContext;
}
