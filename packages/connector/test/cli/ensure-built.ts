import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repo root, wherever vitest was started from (root workspace run or the package folder). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The built binary the tests run, exactly as `pnpm demo` and users do. */
export const cliPath = join(repoRoot, "packages/connector/dist/cli.js");

// The connector and the packages its binary loads at run time (they stay external to the bundle).
const PACKAGES = ["http", "lever-client", "oomnitza-client", "mapping", "sandbox", "connector"];
const lockDir = join(repoRoot, "packages/connector/.tmp/cli-build.lock");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Packages whose dist is missing or older than their src (or package.json). */
function stalePackages(): string[] {
  return PACKAGES.filter((name) => {
    const pkg = join(repoRoot, "packages", name);
    const built = join(pkg, "dist", name === "connector" ? "cli.js" : "index.js");
    if (!existsSync(built)) return true;
    const source = Math.max(newestMtime(join(pkg, "src")), statSync(join(pkg, "package.json")).mtimeMs);
    return statSync(built).mtimeMs < source;
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the stale packages once, however many test files (workers) ask at the same time: a lock
 * directory serialises them, and after `pnpm build` (CI) nothing is rebuilt at all.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than 3 minutes belongs to a killed run.
      const since = statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmdirSync(lockDir);
      await sleep(200);
    }
  }
  try {
    const stale = stalePackages();
    if (stale.length === 0) return;
    const filters = stale.flatMap((name) => ["--filter", `@lever-oomnitza/${name}`]);
    execFileSync("pnpm", [...filters, "build"], { cwd: repoRoot, stdio: "pipe" });
  } finally {
    rmdirSync(lockDir);
  }
}
