import { runSandboxCli, type SandboxTenant, sandboxTenants } from "@lever-oomnitza/sandbox";
import { type Command, InvalidArgumentError } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { positiveInt } from "../positive-int.js";
import { SANDBOX_PORTS } from "../starter-config.js";
import { withHelp } from "../with-help.js";

const port = (v: string) => (v === "0" ? 0 : positiveInt(v));

interface SandboxFlags {
  users: number;
  seed: number;
  leverPort: number;
  oomnitzaPort: number;
  tenant: SandboxTenant;
}

const tenant = (v: string): SandboxTenant => {
  if ((sandboxTenants as readonly string[]).includes(v)) return v as SandboxTenant;
  throw new InvalidArgumentError(`expected one of ${sandboxTenants.join(", ")}.`);
};

/** `connector sandbox [--users N]`: both simulated servers in the foreground until Ctrl-C. */
export function registerSandboxCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("sandbox")
    .description(
      "run simulated Lever and Oomnitza servers on this machine until Ctrl-C (for your own experiments)",
    )
    .option("--users <n>", "Lever users to generate", positiveInt, 250)
    .option("--seed <n>", "data seed (same seed, same data and credentials)", positiveInt, 1)
    .option("--lever-port <port>", "Lever port (0: any free port)", port, SANDBOX_PORTS.lever)
    .option("--oomnitza-port <port>", "Oomnitza port (0: any free port)", port, SANDBOX_PORTS.oomnitza)
    .option(
      "--tenant <name>",
      `Oomnitza tenant to imitate: ${sandboxTenants.join(", ")}`,
      tenant,
      "standard" as SandboxTenant,
    )
    .action(async (flags: SandboxFlags, command: Command) => {
      const ctx = deps.context(command);
      try {
        deps.result.exitCode = (await runSandboxCli({
          leverUsers: flags.users,
          seed: flags.seed,
          lever: { port: flags.leverPort },
          oomnitza: { port: flags.oomnitzaPort },
          tenant: flags.tenant,
          write: (text) => ctx.io.stdout.write(text),
          onReady: (s) => {
            // The sandbox's own throwaway credentials: printing them is the point of this command.
            ctx.io.stdout.write(
              [
                "Try the connector against it from another terminal:",
                `  export LEVER_API_KEY=${s.lever.credentials.apiKey} OOMNITZA_API_TOKEN=${s.oomnitza.credentials.token}`,
                "  connector init --sandbox && connector check && connector plan",
                "",
              ].join("\n"),
            );
          },
        })) as typeof deps.result.exitCode;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
          throw new CliError(
            `A sandbox port is already in use (${(err as Error).message}).`,
            ExitCode.usage,
            "Stop the other sandbox, or pass --lever-port 0 --oomnitza-port 0 for any free ports.",
          );
        }
        throw err;
      }
    });
  return withHelp(cmd, {
    examples: [
      "connector sandbox",
      "connector sandbox --users 1000 --lever-port 0 --oomnitza-port 0",
      "connector sandbox --tenant export-2022",
    ],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
