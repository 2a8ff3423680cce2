import { type ChildProcess, spawn } from "node:child_process";
import { cliPath } from "../cli/ensure-built.js";

/** What one run of the built binary produced. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` (not a TTY, no colours) with only the given environment; `watch` is
 * called every millisecond while it runs, e.g. to SIGKILL it at a chosen point.
 */
export function spawnCli(
  args: string[],
  o: { cwd: string; env: Record<string, string>; watch?: (child: ChildProcess) => void; timeoutMs?: number },
): Promise<CliResult> {
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
