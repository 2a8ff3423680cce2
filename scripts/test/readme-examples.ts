// The README examples as TypeScript modules, unchanged: the consumer test compiles them against the packed
// packages under strict settings, so a README cannot show code that does not compile.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./pack-packages.js";

/** The READMEs whose ```ts blocks are compiled, by package folder. */
export const README_PACKAGES = ["http", "lever-client", "oomnitza-client"] as const;

/** The ```ts blocks of a Markdown text, in order, without their fences. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
}

const IMPORT = /^import\s+(type\s+)?(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*"([^"]+)";\n/gm;

/**
 * One module of a README's blocks: their imports merged at the top (blocks repeat an import to stand
 * alone), the first block at top level and each later block in a `{ … }` scope of its own, so it sees the
 * first block's variables (`lever`, `oomnitza`) and may reuse a name. The code is otherwise unchanged.
 */
export function readmeModule(markdown: string): string {
  const defaults = new Map<string, string>();
  const named = new Map<string, Set<string>>();
  const bodies = tsBlocks(markdown).map((block) =>
    block.replace(
      IMPORT,
      (_all, typeOnly: string | undefined, def: string | undefined, names, from: string) => {
        if (def) defaults.set(from, def);
        const set = named.get(from) ?? new Set<string>();
        for (const raw of String(names ?? "").split(",")) {
          const name = raw.trim();
          if (name) set.add(typeOnly && !name.startsWith("type ") ? `type ${name}` : name);
        }
        named.set(from, set);
        return "";
      },
    ),
  );
  const modules = [...new Set([...defaults.keys(), ...named.keys()])];
  const imports = modules.map((from) => {
    const names = [...(named.get(from) ?? [])];
    const parts = [defaults.get(from), names.length > 0 ? `{ ${names.join(", ")} }` : undefined];
    return `import ${parts.filter(Boolean).join(", ")} from "${from}";`;
  });
  const [first = "", ...rest] = bodies;
  return [
    "// Generated from the README's ```ts blocks by scripts/test/readme-examples.ts: do not edit.",
    ...imports,
    first,
    ...rest.map((body) => `{\n${body}}`),
    "export {};",
    "",
  ].join("\n");
}

/** `{ file name: module text }` for every README in {@link README_PACKAGES}. */
export function readmeModules(): Record<string, string> {
  return Object.fromEntries(
    README_PACKAGES.map((name) => [
      `${name}-readme.mts`,
      readmeModule(readFileSync(join(repoRoot, "packages", name, "README.md"), "utf8")),
    ]),
  );
}
