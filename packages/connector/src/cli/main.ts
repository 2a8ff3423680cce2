import { CommanderError } from "commander";
import { ExitCode, type ExitCodeValue } from "../errors/exit-codes.js";
import { type CliIo, processIo } from "./cli-io.js";
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
    else if (wantsJson(argv)) {
      // Commander already printed its usage error on stderr; automation still gets its one document.
      const doc = {
        ok: false,
        exitCode: described.exitCode,
        error: { message: described.message, fix: null },
      };
      io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    }
    return described.exitCode;
  }
}

/** `--json` among the flags (not after `--`): the caller parses stdout even when parsing the flags failed. */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}
