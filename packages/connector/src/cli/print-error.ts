import { redact } from "@lever-oomnitza/http";
import { ExitCode } from "../errors/exit-codes.js";
import type { CliContext } from "./cli-context.js";
import type { CliIo } from "./cli-io.js";
import { createStyle } from "./create-style.js";
import type { DescribedError } from "./describe-error.js";

/**
 * Prints one paragraph on stderr (a stack only at `--log-level debug`), and with `--json` also the
 * error as the one JSON document on stdout, so automation always gets something to parse.
 */
export function printError(io: CliIo, ctx: CliContext | undefined, e: DescribedError, raw: unknown): void {
  const secrets = ctx?.secrets ?? [];
  const style = createStyle(io.stderr.isTTY, io.env);
  // A "no" at a prompt is the user's choice, not a failure: no "Error:" and nothing to fix.
  let text = e.exitCode === ExitCode.cancelled ? e.message : `${style.red("Error:")} ${e.message}`;
  if (e.fix) text += `\n${style.bold("Fix:")} ${e.fix}`;
  const debug = ctx?.opts.logLevel === "debug" || ctx?.opts.logLevel === "trace";
  if (debug && raw instanceof Error && raw.stack) text += `\n\n${raw.stack}`;
  io.stderr.write(`${redact(text, secrets)}\n`);
  if (ctx?.json) {
    const doc = { ok: false, exitCode: e.exitCode, error: jsonError(e) };
    io.stdout.write(`${redact(JSON.stringify(doc, null, 2), secrets)}\n`);
  }
}

/** The `error` of the JSON document: the fix in `fix`, never inside `message`; a config error's problems too. */
function jsonError(e: DescribedError): { message: string; fix: string | null; problems?: unknown } {
  if (!e.problems) return { message: e.message, fix: e.fix ?? null };
  const at = (path: string) => path || "(root)";
  const headline = e.message.split("\n")[0] ?? "";
  return {
    message: [headline, ...e.problems.map((p) => `${at(p.path)}: ${p.message}`)].join("\n"),
    fix: e.problems.map((p) => (e.problems?.length === 1 ? p.fix : `${at(p.path)}: ${p.fix}`)).join("\n"),
    problems: e.problems,
  };
}
