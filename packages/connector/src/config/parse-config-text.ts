import { extname } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { ConfigError } from "./config-error.js";

// A bare `${VAR}` value, e.g. in the README's flow style `{ apiKey: ${LEVER_API_KEY} }` (YAML reads `{`
// there as a nested map): group 1 is what precedes it, group 2 the placeholder.
const BARE_PLACEHOLDER =
  /(:[ \t]+|[[,][ \t]*)(\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}"'\n]*)?\})(?=[ \t]*(?:[,}\]]|#|$))/gm;

/**
 * Parses a config file's text (JSON by extension, YAML otherwise) into its top-level mapping. A syntax
 * error is a `ConfigError` naming the line and column, with a code frame of the text as written.
 */
export function parseConfigText(text: string, file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    // Bare placeholders are quoted so they parse; the value is still substituted after parsing, never as text.
    parsed =
      extname(file) === ".json" ? JSON.parse(text) : parseYaml(text.replace(BARE_PLACEHOLDER, '$1"$2"'));
  } catch (error) {
    throw syntaxError(error as Error, text, file);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigError(
      [
        {
          path: "",
          message: `${file} is not a mapping of keys.`,
          fix: "write the top level as keys (lever, oomnitza, sync, ...), as `connector init` does.",
        },
      ],
      file,
    );
  }
  return parsed as Record<string, unknown>;
}

function syntaxError(error: Error, text: string, file: string): ConfigError {
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const pos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
  if (!pos) {
    const problem = {
      path: "",
      message: `cannot parse ${file}: ${reason}.`,
      fix: "fix the syntax at the position named.",
    };
    return new ConfigError([problem], file);
  }
  const lines = text.split(/\r?\n/);
  const source = lines[pos.line - 1] ?? "";
  const col = originalColumn(source, pos.col);
  const where = `line ${pos.line}, column ${col}`;
  return new ConfigError(
    [
      {
        path: "",
        message: `cannot parse ${file}: ${reason} (${where}).\n${codeFrame(lines, pos.line, col)}`,
        fix: `fix the syntax at ${where}.`,
      },
    ],
    file,
  );
}

/** The column in the line as written, given one in the line with its bare placeholders quoted. */
function originalColumn(line: string, quotedCol: number): number {
  const inserted: number[] = [];
  let shift = 0;
  for (const m of line.matchAll(BARE_PLACEHOLDER)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length + shift;
    inserted.push(start, start + (m[2] ?? "").length + 1);
    shift += 2;
  }
  return quotedCol - inserted.filter((at) => at < quotedCol - 1).length;
}

/** The failing line and the one before it, numbered, with a caret under the column. */
function codeFrame(lines: string[], line: number, col: number): string {
  const width = String(line).length;
  const row = (n: number, mark: string) => `${mark} ${String(n).padStart(width)} | ${lines[n - 1] ?? ""}`;
  const frame = line > 1 ? [row(line - 1, " ")] : [];
  frame.push(row(line, ">"), `  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, col - 1))}^`);
  return frame.join("\n");
}
