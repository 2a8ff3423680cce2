import { CommanderError } from "commander";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { CliIo } from "./cli-io.js";
import { processIo } from "./cli-io.js";
import { createProgram } from "./create-program.js";
import { describeError } from "./describe-error.js";
import { printError } from "./print-error.js";

/** Runs the CLI on `argv` (as in `process.argv`) and resolves to the exit code; never throws. */
export async function main(argv: string[], version: string, io: CliIo = processIo()): Promise<ExitCodeValue> {
  const { program, deps } = createProgram(io, version);
  try {
    await program.parseAsync(argv);
    return deps.result.exitCode;
  } catch (err) {
    // `--help` and `--version` arrive here as CommanderErrors with exit code 0.
    if (err instanceof CommanderError && err.exitCode === 0) return ExitCode.ok;
    const described = describeError(err);
    if (!described.printed) printError(io, deps.result.ctx, described, err);
    return described.exitCode;
  }
}
