// The README examples are extracted unchanged; consumer.test.ts compiles them against the packed packages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./pack-packages.js";
import { README_PACKAGES, readmeModule, readmeModules, tsBlocks } from "./readme-examples.js";

describe("README examples", () => {
  it.each(README_PACKAGES)(
    "%s: every ```ts block is in the compiled module, unchanged but for imports",
    (name) => {
      const markdown = readFileSync(join(repoRoot, "packages", name, "README.md"), "utf8");
      const blocks = tsBlocks(markdown);
      expect(blocks.length).toBeGreaterThan(0);
      const module = readmeModules()[`${name}-readme.mts`] as string;
      for (const block of blocks)
        for (const line of block.split("\n"))
          if (line.trim() !== "" && !line.startsWith("import ")) expect(module).toContain(line);
    },
  );

  it("the client READMEs show the paged type, hooks and per-call options", () => {
    for (const name of ["lever-client", "oomnitza-client"]) {
      const code = tsBlocks(readFileSync(join(repoRoot, "packages", name, "README.md"), "utf8")).join("\n");
      for (const shown of [
        ".toArray()",
        ".first()",
        ".pages()",
        "hooks:",
        "onRetry",
        "signal:",
        "timeoutMs:",
      ])
        expect(code, `${name} README`).toContain(shown);
    }
  });

  it("merges the imports of several blocks and scopes each later block", () => {
    const module = readmeModule(
      [
        "```ts",
        'import { a, b } from "x";',
        'import def from "y";',
        "const one = a;",
        "```",
        "```ts",
        'import { b, c } from "x";',
        'import type { T } from "z";',
        "const one: T = c;",
        "```",
      ].join("\n"),
    );
    expect(module).toContain('import { a, b, c } from "x";');
    expect(module).toContain('import def from "y";');
    expect(module).toContain('import { type T } from "z";');
    expect(module).toContain("const one = a;\n\n{\nconst one: T = c;\n}");
  });
});
