import { resolve } from "node:path";
import type { CliIo } from "./cli-io.js";
import { type CliLogger, createLogger } from "./create-logger.js";
import { createOutput, type Output } from "./create-output.js";
import { createProgress, type Progress } from "./create-progress.js";
import { createStyle, type Style } from "./create-style.js";
import type { GlobalOptions } from "./global-options.js";

/** Everything a command needs for one invocation: options, logger, output, progress, styling. */
export interface CliContext {
  io: CliIo;
  opts: GlobalOptions;
  /** `--json` was given: stdout holds exactly one JSON document. */
  json: boolean;
  /** The config path resolved against the working directory. */
  configPath: string;
  /** Secrets learnt so far (from the loaded config); every output channel removes them. */
  secrets: string[];
  logger: CliLogger;
  out: Output;
  style: Style;
  progress: Progress;
  /** Whether we may ask the human a question (stdin and stderr are terminals). */
  interactive: boolean;
}

/** Builds the context for one command run from the parsed global options. */
export function createCliContext(io: CliIo, opts: GlobalOptions, flags: { json?: boolean }): CliContext {
  const json = Boolean(flags.json);
  const secrets: string[] = [];
  const errStyle = createStyle(io.stderr.isTTY, io.env);
  const progress = createProgress({
    enabled: opts.progress && !opts.quiet,
    stream: io.stderr,
    color: errStyle.enabled,
  });
  return {
    io,
    opts,
    json,
    configPath: resolve(io.cwd, opts.config),
    secrets,
    logger: createLogger({
      level: opts.logLevel,
      format: opts.logFormat,
      // Through the bars, so a log line printed mid-run is not overdrawn.
      stream: { write: (line: string) => progress.log(line), isTTY: io.stderr.isTTY },
      secrets,
      color: errStyle.enabled,
    }),
    out: createOutput({ stdout: io.stdout, stderr: io.stderr, quiet: opts.quiet, json, secrets }),
    style: createStyle(io.stdout.isTTY, io.env),
    progress,
    interactive: Boolean(io.stdin.isTTY && io.stderr.isTTY),
  };
}
