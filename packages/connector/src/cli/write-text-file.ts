import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ExitCode } from "../errors/exit-codes.js";
import { CliError } from "./cli-error.js";

/** Writes a text file atomically (temp file + rename), creating its folder; `flag` names the option for the fix. */
export function writeTextFile(path: string, text: string, flag: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    throw new CliError(
      `Could not write ${path}: ${(err as Error).message}`,
      ExitCode.usage,
      `Choose a writable path for ${flag}.`,
    );
  }
}
