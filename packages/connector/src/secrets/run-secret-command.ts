import { execFile } from "node:child_process";

/** How long a secret command may run before it is killed. */
export const SECRET_COMMAND_TIMEOUT_MS = 15_000;
/** A secret is short; a command printing more than this is not printing a secret. */
const MAX_OUTPUT_BYTES = 64 * 1024;

/** A secret command that failed; the message carries its exit code and stderr, never its stdout. */
export class SecretCommandError extends Error {
  override name = "SecretCommandError";
}

/**
 * Runs `argv` without a shell (as AWS `credential_process` and git credential helpers do) and
 * resolves to its trimmed stdout. A timeout, a non-zero exit, a missing program or empty output is a
 * `SecretCommandError` that names the program and shows stderr, but never echoes stdout.
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
 */
export function runSecretCommand(
  argv: readonly string[],
  o: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<string> {
  const [file, ...args] = argv;
  if (file === undefined || file === "") {
    return Promise.reject(new SecretCommandError("is empty: give the program and its arguments as a list."));
  }
  const timeout = o.timeoutMs ?? SECRET_COMMAND_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: o.cwd,
        env: o.env,
        timeout,
        killSignal: "SIGKILL",
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const said = firstLines(stderr);
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: unknown; signal?: unknown };
          if (e.code === "ENOENT") return reject(new SecretCommandError(`${file}: program not found.`));
          if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
            return reject(new SecretCommandError(`${file} printed more than ${MAX_OUTPUT_BYTES} bytes.`));
          if (e.killed || e.signal === "SIGKILL")
            return reject(new SecretCommandError(`${file} did not finish within ${timeout / 1000} s.`));
          const status =
            typeof e.code === "number" ? `exited with code ${e.code}` : `failed (${e.code ?? e.signal})`;
          return reject(new SecretCommandError(`${file} ${status}${said ? `: ${said}` : "."}`));
        }
        const secret = stdout.trim();
        if (secret === "")
          return reject(
            new SecretCommandError(`${file} printed nothing on stdout${said ? ` (stderr: ${said})` : "."}`),
          );
        resolve(secret);
      },
    );
  });
}

/** The first two lines of stderr, at most 300 characters: enough to say why, short enough to log. */
function firstLines(stderr: string): string {
  const text = stderr.trim().split("\n").slice(0, 2).join(" / ");
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
