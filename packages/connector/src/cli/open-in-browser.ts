import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** The system's "open with the default app" command for this platform. */
function opener(platform: NodeJS.Platform, path: string): { command: string; args: string[] } {
  if (platform === "darwin") return { command: "open", args: [path] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "".
  if (platform === "win32") return { command: "cmd", args: ["/c", "start", '""', path] };
  return { command: "xdg-open", args: [path] };
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  if (process.platform === "win32") return true;
  return (env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Opens a file with the system's default browser (xdg-open, open or start), detached. Never throws:
 * returns what to tell the user, since a server without a desktop is normal, not an error.
 */
export function openInBrowser(path: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { command, args } = opener(process.platform, path);
  if (!onPath(command, env))
    return Promise.resolve(
      `No default browser found (\`${command}\` is not installed): open ${path} yourself.`,
    );
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: "ignore", env });
    child.on("error", (err) => resolve(`Could not open a browser (${err.message}): open ${path} yourself.`));
    child.on("spawn", () => {
      child.unref();
      resolve(`Opened ${path} in the default browser.`);
    });
  });
}
