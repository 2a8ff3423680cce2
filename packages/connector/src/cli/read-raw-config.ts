import { readFileSync } from "node:fs";
import { parseConfigText } from "../config/parse-config-text.js";
import { ExitCode } from "../errors/exit-codes.js";
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
  return parseConfigText(text, path);
}
