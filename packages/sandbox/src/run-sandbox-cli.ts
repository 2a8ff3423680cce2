import { Command, InvalidArgumentError } from "commander";
import { type SandboxTenant, sandboxTenants } from "./oomnitza/tenant-variant.js";
import { type Sandbox, type SandboxOptions, startSandbox } from "./start-sandbox.js";

/** Options of `runSandboxCli`. */
export interface SandboxCliOptions extends SandboxOptions {
  /** Where the banner goes (default `process.stdout.write`). */
  write?: (text: string) => void;
  /** Resolves when the sandbox should stop (default: SIGINT or SIGTERM). */
  until?: Promise<unknown>;
  /** Called once both servers listen (e.g. to run a demo against them). */
  onReady?: (sandbox: Sandbox) => void | Promise<void>;
}

/** A flag value that must be a whole number ≥ 0; commander prints the message after the flag's name. */
function wholeNumber(raw: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`needs a whole number ≥ 0, got ${raw}`);
  return n;
}

/** Where the command line writes: help and version to `out`, usage errors to `err`. */
export interface SandboxCliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The `lever-oomnitza-sandbox` command line (commander): its flags, `-h, --help` and `-V, --version`.
 * It throws a `CommanderError` instead of exiting the process (`exitCode` 0 after help or the version).
 */
export function sandboxProgram(version: string, output: SandboxCliOutput): Command {
  return new Command("lever-oomnitza-sandbox")
    .description("Simulated Lever and Oomnitza servers on 127.0.0.1, in the foreground until Ctrl-C.")
    .version(version, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show this help and exit")
    .option("--users <n>", "Lever users to generate (default 250)", wholeNumber)
    .option("--seed <n>", "seed of the data, ids and credentials (default 1)", wholeNumber)
    .option("--lever-port <port>", "Lever port (default 0: any free port)", wholeNumber)
    .option("--oomnitza-port <port>", "Oomnitza port (default 0: any free port)", wholeNumber)
    .option("--lever-app", "seed a Lever SaaS app in the Oomnitza tenant")
    .option(
      "--tenant <name>",
      `Oomnitza tenant to imitate: ${sandboxTenants.join(", ")} (default standard)`,
      tenantName,
    )
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  lever-oomnitza-sandbox --users 250 --seed 1",
        "  lever-oomnitza-sandbox --lever-port 4010 --oomnitza-port 4020 --lever-app",
        "  lever-oomnitza-sandbox --tenant export-2022",
        "",
        "Exit codes: 0 stopped by Ctrl-C/SIGTERM (or help/version printed) · 2 usage error or a port in use",
        "",
      ].join("\n"),
    )
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err });
}

/** A `--tenant` value: one of {@link sandboxTenants}. */
function tenantName(raw: string): SandboxTenant {
  if ((sandboxTenants as readonly string[]).includes(raw)) return raw as SandboxTenant;
  throw new InvalidArgumentError(`needs one of ${sandboxTenants.join(", ")}, got ${raw}`);
}

interface SandboxFlags {
  tenant?: SandboxTenant;
  users?: number;
  seed?: number;
  leverPort?: number;
  oomnitzaPort?: number;
  leverApp?: boolean;
}

/** Parses `--users N --seed N --lever-port N --oomnitza-port N --lever-app --tenant NAME`; throws naming the bad flag. */
export function parseSandboxArgs(argv: string[]): SandboxOptions {
  const silent = () => {};
  const program = sandboxProgram("", { out: silent, err: silent });
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    throw new Error((error as Error).message.replace(/^error: /, ""));
  }
  return sandboxOptionsOf(program);
}

/** The `SandboxOptions` a parsed `sandboxProgram` asks for. */
export function sandboxOptionsOf(program: Command): SandboxOptions {
  const flags = program.opts<SandboxFlags>();
  const out: SandboxOptions = {};
  if (flags.users !== undefined) out.leverUsers = flags.users;
  if (flags.seed !== undefined) out.seed = flags.seed;
  if (flags.leverPort !== undefined) out.lever = { port: flags.leverPort };
  if (flags.oomnitzaPort !== undefined) out.oomnitza = { port: flags.oomnitzaPort };
  if (flags.leverApp) out.data = { oomnitza: { leverApp: true } };
  if (flags.tenant !== undefined) out.tenant = flags.tenant;
  return out;
}

/** The banner telling a developer where the servers are and how to log in (sandbox credentials only). */
export function sandboxBanner(s: Sandbox): string {
  return [
    "lever-oomnitza sandbox running (Ctrl-C to stop)",
    `  Lever     baseUrl ${s.lever.baseUrl}`,
    `            apiKey  ${s.lever.credentials.apiKey}   (users: ${s.lever.state.count()})`,
    `  Oomnitza  baseUrl ${s.oomnitza.baseUrl}${s.oomnitza.tenant === "standard" ? "" : `   (tenant: ${s.oomnitza.tenant})`}`,
    `            token   ${s.oomnitza.credentials.token}   (users: ${s.oomnitza.state.users().length})`,
    "",
  ].join("\n");
}

/** Runs both sandboxes in the foreground, prints URLs and credentials, stops on SIGINT/SIGTERM; returns the exit code. */
export async function runSandboxCli(o: SandboxCliOptions = {}): Promise<number> {
  const { write = (t: string) => void process.stdout.write(t), until, onReady, ...options } = o;
  const sandbox = await startSandbox(options);
  write(sandboxBanner(sandbox));
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await onReady?.(sandbox);
    await Promise.race([stopped, until ?? new Promise(() => {})]);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await sandbox.close();
    write("sandbox stopped\n");
  }
  return 0;
}
