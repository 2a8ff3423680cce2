import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";

/**
 * Creates `dir` and its missing parents one level at a time. Node's `mkdir({ recursive: true })` loops
 * forever where a parent exists but refuses children with ENOENT (procfs: `state.dir: /proc/self`); one
 * plain `mkdir` per level fails at once instead.
 */
async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory())
        throw Object.assign(new Error(`${current} is not a directory`), { code: "ENOTDIR" });
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}

/**
 * Makes sure run reports can be written to `<state.dir>/runs/` before the first write to Oomnitza: a run
 * that writes people and then cannot record what it did is worse than one refused up front.
 */
export async function ensureStateDir(stateDir: string): Promise<void> {
  const runs = join(stateDir, "runs");
  const probe = join(runs, `.write-test-${process.pid}`);
  try {
    await makeDirs(runs);
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
