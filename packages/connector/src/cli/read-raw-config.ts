import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "yaml";
import { ExitCode } from "../exit-codes.js";
import { CliError } from "./cli-error.js";

/**
 * The config file as written (no interpolation, no secrets): for commands that only look at one
 * section, such as `mapping validate`, and must work before the API credentials exist.
 */
export function readRawConfig(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new CliError(
      `Cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? "unreadable"}).`,
      ExitCode.usage,
      "Run `connector init` to write one, or pass --config <file>.",
    );
  }
  let doc: unknown;
  try {
    doc = extname(path) === ".json" ? JSON.parse(text) : parse(text);
  } catch (err) {
    throw new CliError(
      `Cannot parse ${path}: ${(err as Error).message.split("\n")[0]}`,
      ExitCode.usage,
      "Fix the syntax at the position named.",
    );
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new CliError(`${path} is not a mapping of keys.`, ExitCode.usage, "Start from `connector init`.");
  }
  return doc as Record<string, unknown>;
}
