import type { Command } from "commander";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { createCliConnector } from "../create-cli-connector.js";
import { formatCheck } from "../format/format-check.js";
import { loadCliConfig } from "../load-cli-config.js";
import { withHelp } from "../with-help.js";

/** `connector check [--json]`: verifies both APIs and the mapping before any write. */
export function registerCheckCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("check")
    .description(
      "verify the Lever key, the Oomnitza token, their permissions and the mapping (writes nothing)",
    )
    .option("--json", "print the result as one JSON document", false)
    .action(async (flags: { json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const result = await createCliConnector(ctx, config).check();
      ctx.progress.stop();
      if (ctx.json) ctx.out.json(result);
      for (const line of formatCheck(result, ctx.style)) ctx.out.line(line);
      if (!result.ok) deps.result.exitCode = checkExitCode(result.items);
    });
  return withHelp(cmd, ["connector check", "connector check --config prod.yaml --json"]);
}

const AUTH = /\b(401|403)\b|unauthori[sz]ed|forbidden|permission|refused/i;
const UNAVAILABLE = /failed before a response|did not answer|timed? ?out|\b5\d\d\b|unavailable/i;

/**
 * The exit code of a failed check, read from the failing items (CheckItem has no kind field yet):
 * 3 when a key/token was refused, else 5 when an API did not answer, else 2 (config/mapping).
 */
export function checkExitCode(items: Array<{ ok: boolean; name: string; message: string }>): ExitCodeValue {
  const failed = items.filter((i) => !i.ok).map((i) => i.message);
  if (failed.some((m) => AUTH.test(m))) return ExitCode.auth;
  if (failed.some((m) => UNAVAILABLE.test(m))) return ExitCode.unavailable;
  return ExitCode.usage;
}
