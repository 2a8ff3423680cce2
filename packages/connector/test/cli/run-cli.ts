import { spawn } from "node:child_process";
import { cliPath } from "./ensure-built.js";

/** What one run of the binary produced. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Called with each stdout chunk (e.g. to send SIGTERM once the schedule has run twice). */
  onStdout?: (soFar: string, child: ReturnType<typeof spawn>) => void;
  /** Called every millisecond while it runs, e.g. to SIGKILL it at a chosen point. */
  watch?: (child: ReturnType<typeof spawn>) => void;
  timeoutMs?: number;
}

/** Runs `node dist/cli.js ...args` as a subprocess, not a TTY, with colours off. */
export function runCli(args: string[], o: RunCliOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: o.cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", ...o.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), o.timeoutMs ?? 30_000);
    const poll = o.watch ? setInterval(() => o.watch?.(child), 1) : undefined;
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      o.onStdout?.(stdout, child);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
