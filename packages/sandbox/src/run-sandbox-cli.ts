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

/** Parses `--users N --seed N --lever-port N --oomnitza-port N --lever-app`; throws naming the bad flag. */
export function parseSandboxArgs(argv: string[]): SandboxOptions {
  const out: SandboxOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === "--lever-app") {
      out.data = { ...out.data, oomnitza: { ...out.data?.oomnitza, leverApp: true } };
      continue;
    }
    const raw = argv[++i];
    const n = Number(raw);
    if (raw === undefined || !Number.isInteger(n) || n < 0)
      throw new Error(`${flag} needs a whole number ≥ 0, got ${raw ?? "nothing"}`);
    if (flag === "--users") out.leverUsers = n;
    else if (flag === "--seed") out.seed = n;
    else if (flag === "--lever-port") out.lever = { ...out.lever, port: n };
    else if (flag === "--oomnitza-port") out.oomnitza = { ...out.oomnitza, port: n };
    else
      throw new Error(
        `unknown flag ${flag}: use --users, --seed, --lever-port, --oomnitza-port or --lever-app`,
      );
  }
  return out;
}

/** The banner telling a developer where the servers are and how to log in (sandbox credentials only). */
export function sandboxBanner(s: Sandbox): string {
  return [
    "lever-oomnitza sandbox running (Ctrl-C to stop)",
    `  Lever     baseUrl ${s.lever.baseUrl}`,
    `            apiKey  ${s.lever.credentials.apiKey}   (users: ${s.lever.state.count()})`,
    `  Oomnitza  baseUrl ${s.oomnitza.baseUrl}`,
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
