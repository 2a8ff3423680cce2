import { CommanderError } from "commander";
import { runSandboxCli, type SandboxCliOutput, sandboxOptionsOf, sandboxProgram } from "./run-sandbox-cli.js";

const processOutput: SandboxCliOutput = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/**
 * What `lever-oomnitza-sandbox <argv>` does: help, version, or both servers until SIGINT/SIGTERM.
 * Resolves to the exit code (0, or 2 for a usage error or a port in use); never throws.
 */
export async function runSandboxBin(
  argv: string[],
  version: string,
  output = processOutput,
): Promise<number> {
  const program = sandboxProgram(version, output);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    // Commander has already printed the help, the version or `error: …` with the flag's name.
    return error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
  }
  try {
    return await runSandboxCli({ ...sandboxOptionsOf(program), write: output.out });
  } catch (error) {
    output.err(`lever-oomnitza-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
