import type { Command } from "commander";
import { ExitCode } from "../../exit-codes.js";
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

/** A failed check is an auth/permission problem (3) when an access item failed, otherwise config (2). */
export function checkExitCode(items: Array<{ ok: boolean; name: string; message: string }>): 2 | 3 {
  const failed = items.filter((i) => !i.ok);
  const access = failed.some((i) =>
    /auth|permission|forbidden|unauthori[sz]ed|key|token|401|403/i.test(`${i.name} ${i.message}`),
  );
  return access ? ExitCode.auth : ExitCode.usage;
}
