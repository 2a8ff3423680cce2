import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { schemaLocation } from "../schema-location.js";
import { SANDBOX_OOMNITZA_RATE_LIMIT, starterConfig } from "../starter-config.js";
import { SANDBOX_TENANT, suggestMappingYaml } from "../suggest-mapping-yaml.js";
import { withHelp } from "../with-help.js";

/** `connector init [--sandbox] [--force]`: writes a commented starter config, never over an existing one. */
export function registerInitCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("init")
    .description("write a commented starter connector.config.yaml (smart mapping, editor completion)")
    .option("--sandbox", "point the config at `connector sandbox` on this machine", false)
    .option("--force", "overwrite the file if it exists", false)
    .option("--json", "print the result as one JSON document", false)
    .action((flags: { sandbox: boolean; force: boolean; json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const text = starterConfig({
        sandbox: flags.sandbox,
        oomnitzaRateLimit: flags.sandbox ? SANDBOX_OOMNITZA_RATE_LIMIT : undefined,
        schemaPath: schemaLocation(dirname(ctx.configPath)),
        mappingYaml: suggestMappingYaml(flags.sandbox ? SANDBOX_TENANT : {}),
      });
      try {
        // "wx" fails atomically when the file exists: no check-then-write race.
        writeFileSync(ctx.configPath, text, { flag: flags.force ? "w" : "wx" });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          throw new CliError(
            `${ctx.configPath} already exists; nothing was written.`,
            ExitCode.usage,
            "Pass --force to overwrite it, or --config <path> to write somewhere else.",
          );
        }
        throw new CliError(
          `Could not write ${ctx.configPath}: ${(err as Error).message}`,
          ExitCode.usage,
          "Check that the folder exists and is writable, or choose another path with --config.",
        );
      }
      if (ctx.json) ctx.out.json({ ok: true, path: ctx.configPath, sandbox: flags.sandbox });
      ctx.out.line(`${ctx.style.green("✓")} Wrote ${ctx.configPath}`);
      ctx.out.line("");
      ctx.out.line("Next:");
      if (flags.sandbox)
        ctx.out.line(
          "  connector sandbox            # in another terminal; export the key and token it prints",
        );
      else
        ctx.out.line(
          "  export LEVER_API_KEY=… OOMNITZA_API_TOKEN=…   # or apiKeyFile/tokenFile in the config",
        );
      ctx.out.line("  connector check              # verifies both APIs and the mapping");
      ctx.out.line("  connector plan               # shows what a sync would do, writes nothing");
    });
  return withHelp(cmd, {
    examples: ["connector init", "connector init --sandbox --config sandbox.yaml", "connector init --force"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
