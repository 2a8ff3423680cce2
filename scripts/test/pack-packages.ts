import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { runOk } from "./run-command.js";

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, "../..");

/** The six published packages, by folder under `packages/`. */
export const packageDirs = readdirSync(join(repoRoot, "packages")).filter((name) =>
  existsSync(join(repoRoot, "packages", name, "package.json")),
);

/**
 * Packs every package the way `pnpm -r publish` would (`workspace:*` becomes the real version) into
 * `dest`; returns the tarball paths. Needs the built `dist/` (`pnpm test` builds before vitest runs).
 */
export async function packPackages(dest: string): Promise<string[]> {
  const unbuilt = packageDirs.filter((name) => !existsSync(join(repoRoot, "packages", name, "dist")));
  if (unbuilt.length > 0)
    throw new Error(`packages/${unbuilt.join(", packages/")} not built: run \`pnpm build\` first`);
  await runOk("pnpm", ["-r", "pack", "--pack-destination", dest], { cwd: repoRoot });
  const tarballs = readdirSync(dest)
    .filter((name) => name.endsWith(".tgz"))
    .map((name) => join(dest, name));
  if (tarballs.length !== packageDirs.length)
    throw new Error(`expected ${packageDirs.length} tarballs, pnpm -r pack wrote ${tarballs.length}`);
  return tarballs;
}
