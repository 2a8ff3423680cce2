// What each published tarball holds and declares: license, keywords, one engines range, `files` that
// exist, no build output that nothing references, no placeholder repository, and source maps as
// CONTRIBUTING.md says they ship.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDirs, packPackages, repoRoot } from "./pack-packages.js";
import { runOk } from "./run-command.js";

interface Manifest {
  name: string;
  license?: string;
  keywords?: string[];
  engines?: { node?: string };
  files?: string[];
  main?: string;
  module?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: unknown;
  repository?: unknown;
}

interface Packed {
  dir: string;
  manifest: Manifest;
  /** Paths inside the tarball, without the leading `package/`. */
  entries: string[];
  read(path: string): string;
}

const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as Manifest;
const rootLicense = readFileSync(join(repoRoot, "LICENSE"), "utf8");
const work = mkdtempSync(join(tmpdir(), "lever-oomnitza-packed-"));
const packed = new Map<string, Packed>();

beforeAll(async () => {
  for (const tarball of await packPackages(join(work, "packs"))) {
    const out = join(work, basename(tarball, ".tgz"));
    await runOk("mkdir", ["-p", out], { cwd: work });
    await runOk("tar", ["-xzf", tarball, "-C", out], { cwd: work });
    const { stdout } = await runOk("tar", ["-tzf", tarball], { cwd: work });
    const read = (path: string) => readFileSync(join(out, "package", path), "utf8");
    const manifest = JSON.parse(read("package.json")) as Manifest;
    const dir = manifest.name.replace("@lever-oomnitza/", "");
    const entries = stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, ""));
    packed.set(dir, { dir, manifest, entries, read });
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file path the manifest points at: main/module/types, bin and each `exports` target. */
function referenced(m: Manifest): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string") out.add(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") for (const v of Object.values(value)) add(v);
  };
  add([m.main, m.module, m.types]);
  add(m.bin);
  add(m.exports);
  return out;
}

describe.each(packageDirs)("the packed %s package", (dir) => {
  const get = () => {
    const p = packed.get(dir);
    if (!p) throw new Error(`no tarball for packages/${dir}`);
    return p;
  };

  it("ships the repository's MIT LICENSE and declares it", () => {
    const p = get();
    expect(p.manifest.license).toBe("MIT");
    expect(p.entries).toContain("LICENSE");
    expect(p.read("LICENSE")).toBe(rootLicense);
    expect(rootLicense).toMatch(/^MIT License/);
  });

  it("has keywords and the engines range of the whole repository", () => {
    const p = get();
    expect(p.manifest.keywords?.length ?? 0).toBeGreaterThan(2);
    expect(p.manifest.engines).toEqual(rootManifest.engines);
  });

  it("lists in `files` only what exists, and ships no build output that nothing references", () => {
    const p = get();
    for (const entry of p.manifest.files ?? [])
      expect(existsSync(join(repoRoot, "packages", dir, entry)), `files: ${entry}`).toBe(true);
    const refs = referenced(p.manifest);
    for (const ref of refs) expect(p.entries, `referenced ${ref}`).toContain(ref);
    const unreferenced = p.entries.filter(
      (entry) => entry.startsWith("dist/") && !refs.has(entry) && !refs.has(entry.replace(/\.map$/, "")),
    );
    expect(unreferenced).toEqual([]);
  });

  it("has no placeholder repository (the field is omitted until there is a real one)", () => {
    expect(get().manifest.repository).toBeUndefined();
  });

  it("ships source maps with sourcesContent, the choice written in CONTRIBUTING.md", () => {
    const p = get();
    const maps = p.entries.filter((entry) => entry.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(p.read(map)) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      expect(sourcesContent?.length, map).toBe(sources.length);
      expect(
        sourcesContent?.every((content) => typeof content === "string" && content.length > 0),
        map,
      ).toBe(true);
    }
    expect(readFileSync(join(repoRoot, "CONTRIBUTING.md"), "utf8")).toMatch(/`sourcesContent`/);
  });
});
