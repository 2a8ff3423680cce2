import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigError } from "./config-error.js";

/**
 * Makes sure run reports can be written to `<state.dir>/runs/` before the first write to Oomnitza: a run
 * that writes people and then cannot record what it did is worse than one refused up front.
 */
export async function ensureStateDir(stateDir: string): Promise<void> {
  const runs = join(stateDir, "runs");
  const probe = join(runs, `.write-test-${process.pid}`);
  try {
    await mkdir(runs, { recursive: true });
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigError([
      {
        path: "state.dir",
        message: `run reports cannot be written to ${runs} (${code}).`,
        fix: "point state.dir at a folder this user can create and write, e.g. .connector next to the config.",
      },
    ]);
  }
}
