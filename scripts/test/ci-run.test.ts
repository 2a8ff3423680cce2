// `.ci/run` and the README promise the same thing: CI runs exactly the README's `pnpm test`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./pack-packages.js";

const ciRun = readFileSync(join(repoRoot, ".ci/run"), "utf8");
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;

/** The pnpm commands a shell script runs as statements of their own (`VAR=x pnpm …` included). */
function pnpmCommands(script: string): string[] {
  return script
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .flatMap((line) => {
      const match = /^(?:[A-Z_]+=\S*\s+)*pnpm\s+(.+)$/.exec(line);
      return match?.[1] ? [match[1].trim()] : [];
    });
}

describe(".ci/run and the README's `pnpm test`", () => {
  it("CI installs, then runs the README's test command and nothing else", () => {
    expect(pnpmCommands(ciRun)).toEqual(["install --frozen-lockfile", "test"]);
    expect(readme).toMatch(/```sh\npnpm test\n```/);
  });

  it("`pnpm test` runs every check the README says it does, the package checks included", () => {
    const steps = scripts.test?.split("&&").map((step) => step.trim()) ?? [];
    expect(steps).toEqual(
      expect.arrayContaining([
        "pnpm generate:check",
        "pnpm lint",
        "pnpm lint:openapi",
        "pnpm build",
        "pnpm typecheck",
        "pnpm check:packages",
        "vitest run",
      ]),
    );
    // The packed-tarball tests (vitest) read dist/, so the build comes before vitest.
    expect(steps.indexOf("pnpm build")).toBeLessThan(steps.indexOf("vitest run"));
    const block = "```sh\npnpm test\n```\n\n";
    const claim = readme.slice(readme.indexOf(block) + block.length).split("\n\n")[0] ?? "";
    expect(claim).toMatch(/^runs everything CI runs/);
    for (const step of [
      "drift",
      "Biome",
      "Redocly",
      "build",
      "type check",
      "publint",
      "attw",
      "vitest",
      "consumer",
    ])
      expect(claim).toContain(step);
  });
});
