import { execFileSync, spawn } from "node:child_process";
import { cliPath } from "./ensure-built.js";

/** util-linux `script` (runs a command on a pseudo-terminal); absent on macOS' BSD `script` flags and on Windows. */
export const hasScript: boolean = (() => {
  try {
    return /util-linux/.test(execFileSync("script", ["--version"], { encoding: "utf8" }));
  } catch {
    return false;
  }
})();

/** A TTY case's title, saying why it is skipped when {@link hasScript} is false. */
export const ttyTitle = (title: string): string =>
  hasScript
    ? title
    : `${title} (skipped: needs util-linux \`script\` to run the binary on a pseudo-terminal)`;

/** What one run on a pseudo-terminal produced: stdout and stderr arrive merged, as a terminal shows them. */
export interface TtyRun {
  code: number | null;
  output: string;
}

/** Options of {@link runInTty}. */
export interface RunInTtyOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Typed once the output matches `when` (e.g. answering a confirmation prompt). */
  answer?: { when: RegExp; text: string };
  timeoutMs?: number;
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Runs `node dist/cli.js ...args` with stdin, stdout and stderr on a pseudo-terminal
 * (`script -qec <cmd> /dev/null`), so the binary takes its TTY paths: prompts, progress bars, colours.
 * The answer is written only once its prompt shows, so it never races the terminal's line mode.
 */
export function runInTty(args: string[], o: RunInTtyOptions): Promise<TtyRun> {
  const command = [process.execPath, cliPath, ...args].map(quote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: o.cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "xterm", ...o.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let answered = false;
    const timer = setTimeout(() => child.kill("SIGKILL"), o.timeoutMs ?? 15_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (o.answer && !answered && o.answer.when.test(output)) {
        answered = true;
        child.stdin.write(o.answer.text);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
