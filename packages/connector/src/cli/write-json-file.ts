import { renameSync, writeFileSync } from "node:fs";
import { ExitCode } from "../errors/exit-codes.js";
import { CliError } from "./cli-error.js";

/** Writes JSON atomically (temp file + rename), so a reader never sees half a plan. */
export function writeJsonFile(path: string, doc: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(doc, null, 2)}\n`);
    renameSync(tmp, path);
  } catch (err) {
    throw new CliError(
      `Could not write ${path}: ${(err as Error).message}`,
      ExitCode.usage,
      "Choose a writable path for --out.",
    );
  }
}
