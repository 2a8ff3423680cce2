import type { Command } from "commander";
import type { CheckItem } from "../../engine/check-connector.js";
import { ExitCode, type ExitCodeValue } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { createCliConnector } from "../create-cli-connector.js";
import { formatCheck } from "../format/format-check.js";
import { formatContract } from "../format/format-contract.js";
import { loadCliConfig } from "../load-cli-config.js";
import { withHelp } from "../with-help.js";
import { writeJsonFile } from "../write-json-file.js";

/** `connector check [--json]`: verifies both APIs and the mapping before any write. */
export function registerCheckCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("check")
    .description(
      "verify the Lever key, the Oomnitza token, their permissions and the mapping (writes nothing)",
    )
    .option("--json", "print the result as one JSON document", false)
    .option(
      "--contract",
      "validate one page of each read the connector makes against openapi/*.yaml and say what each deviation means",
      false,
    )
    .option(
      "--out <file>",
      "with --contract: write the redacted report (shapes and types, no values) to <file>",
    )
    .action(async (flags: { json: boolean; contract: boolean; out?: string }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      if (flags.contract) {
        const report = await createCliConnector(ctx, config).checkContract();
        ctx.progress.stop();
        if (flags.out) writeJsonFile(flags.out, report);
        if (ctx.json) ctx.out.json(report);
        for (const line of formatContract(report, ctx.style)) ctx.out.line(line);
        if (flags.out) ctx.out.line(ctx.style.dim(`Report: ${flags.out}`));
        if (!report.ok) deps.result.exitCode = ExitCode.recordFailures;
        return;
      }
      if (flags.out)
        throw new CliError("--out needs --contract", ExitCode.usage, "add --contract, or drop --out.");
      const result = await createCliConnector(ctx, config).check();
      ctx.progress.stop();
      if (ctx.json) ctx.out.json(result);
      for (const line of formatCheck(result, ctx.style)) ctx.out.line(line);
      if (!result.ok) deps.result.exitCode = checkExitCode(result.items);
    });
  return withHelp(cmd, {
    examples: [
      "connector check",
      "connector check --config prod.yaml --json",
      "connector check --contract --out contract-report.json",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: {
      [ExitCode.recordFailures]:
        "an API refused a probe (not found, bad request: check the base URL); --contract: an API's answers deviate from its spec (each named)",
    },
  });
}

/**
 * The exit code of a failed check: refused credentials (3) over an unavailable API (5) over config (2)
 * over a request an API refused (1); each item's code is `exitCodeFor` of its failure.
 */
export function checkExitCode(items: Array<Pick<CheckItem, "ok" | "exitCode">>): ExitCodeValue {
  const codes = new Set(items.filter((i) => !i.ok).map((i) => i.exitCode ?? ExitCode.usage));
  for (const code of [ExitCode.auth, ExitCode.unavailable, ExitCode.usage]) if (codes.has(code)) return code;
  return codes.has(ExitCode.recordFailures) ? ExitCode.recordFailures : ExitCode.usage;
}
