import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.js";
import { registerCheckCommand } from "./check-command.js";
import { registerCredentialsCommand } from "./credentials-command.js";
import { registerDemoCommand } from "./demo-command.js";
import { registerHistoryCommand } from "./history-command.js";
import { registerInitCommand } from "./init-command.js";
import { registerMappingCommand } from "./mapping-command.js";
import { registerPlanCommand } from "./plan-command.js";
import { registerReportCommand } from "./report-command.js";
import { registerSandboxCommand } from "./sandbox-command.js";
import { registerScheduleCommand } from "./schedule-command.js";
import { registerSyncCommand } from "./sync-command.js";
import { registerWorkflowCommand } from "./workflow.js";

/**
 * Every top-level command, in the order `--help` lists them. A new command (e.g. `workflow`)
 * is one file in this folder exporting `register<Name>Command(parent, deps)` plus one line here.
 */
export const COMMANDS: ReadonlyArray<(parent: Command, deps: CliDeps) => Command> = [
  registerDemoCommand,
  registerInitCommand,
  registerCheckCommand,
  registerPlanCommand,
  registerSyncCommand,
  registerScheduleCommand,
  registerWorkflowCommand,
  registerHistoryCommand,
  registerCredentialsCommand,
  registerReportCommand,
  registerMappingCommand,
  registerSandboxCommand,
];

/** Adds every command to the program. */
export function registerCommands(program: Command, deps: CliDeps): void {
  for (const register of COMMANDS) register(program, deps);
}
