import type { CliContext } from "./cli-context.js";
import type { CliIo } from "./cli-io.js";
import { createStyle } from "./create-style.js";
import type { DescribedError } from "./describe-error.js";
import { redactSecrets } from "./redact-secrets.js";

/**
 * Prints one paragraph on stderr (a stack only at `--log-level debug`), and with `--json` also the
 * error as the one JSON document on stdout, so automation always gets something to parse.
 */
export function printError(io: CliIo, ctx: CliContext | undefined, e: DescribedError, raw: unknown): void {
  const secrets = ctx?.secrets ?? [];
  const style = createStyle(io.stderr.isTTY, io.env);
  let text = `${style.red("Error:")} ${e.message}`;
  if (e.fix) text += `\n${style.bold("Fix:")} ${e.fix}`;
  const debug = ctx?.opts.logLevel === "debug" || ctx?.opts.logLevel === "trace";
  if (debug && raw instanceof Error && raw.stack) text += `\n\n${raw.stack}`;
  io.stderr.write(`${redactSecrets(text, secrets)}\n`);
  if (ctx?.json) {
    const doc = { ok: false, exitCode: e.exitCode, error: { message: e.message, fix: e.fix ?? null } };
    io.stdout.write(`${redactSecrets(JSON.stringify(doc, null, 2), secrets)}\n`);
  }
}
