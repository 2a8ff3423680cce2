import { Command, Option } from "commander";
import { ExitCode } from "../errors/exit-codes.js";
import { type CliContext, createCliContext } from "./cli-context.js";
import type { CliDeps } from "./cli-deps.js";
import type { CliIo } from "./cli-io.js";
import { registerCommands } from "./commands/register-commands.js";
import { ALL_EXIT_CODES, exitCodeHelp } from "./exit-code-help.js";
import { type GlobalOptions, LOG_LEVELS } from "./global-options.js";

/** The `connector` program: global flags, every command, help with examples and exit codes. */
export function createProgram(io: CliIo, version: string): { program: Command; deps: CliDeps } {
  const program = new Command("connector");
  const deps: CliDeps = {
    io,
    result: { exitCode: ExitCode.ok },
    context(cmd, flags = {}) {
      if (deps.result.ctx) return deps.result.ctx;
      const g = cmd.optsWithGlobals() as GlobalOptions;
      const ctx: CliContext = createCliContext(io, g, flags);
      deps.result.ctx = ctx;
      return ctx;
    },
  };
  program
    .description("Keep Oomnitza People and SaaS users in sync with your Lever users.")
    .version(version, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    // Inherited by every subcommand, so `connector sync --help` shows -c/--config and the other flags.
    .configureHelp({ showGlobalOptions: true })
    .option("-c, --config <path>", "config file", "connector.config.yaml")
    .addOption(
      new Option("--log-level <level>", "log level (logs go to stderr)").choices(LOG_LEVELS).default("warn"),
    )
    .addOption(
      new Option("--log-format <format>", "log format")
        .choices(["json", "pretty"])
        .default(io.stderr.isTTY ? "pretty" : "json", "pretty on a terminal, json otherwise"),
    )
    .option("--no-progress", "no progress bars (they only ever show on a terminal)")
    .option("-q, --quiet", "print only errors (and the --json document)", false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ connector demo                 # the whole job against the built-in sandbox",
        "  $ connector init && connector check",
        "",
        exitCodeHelp(ALL_EXIT_CODES),
      ].join("\n"),
    );
  registerCommands(program, deps);
  return { program, deps };
}
