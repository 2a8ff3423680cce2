import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, repoRoot } from "./ensure-built.js";
import { runCli } from "./run-cli.js";

const COMMANDS = [
  [],
  ["demo"],
  ["init"],
  ["check"],
  ["plan"],
  ["sync"],
  ["schedule"],
  ["history"],
  ["mapping"],
  ["mapping", "suggest"],
  ["mapping", "validate"],
  ["mapping", "preview"],
  ["sandbox"],
];

beforeAll(ensureBuilt, 180_000);

describe("--help and --version", () => {
  it.each(COMMANDS.map((c) => [c.join(" ") || "(program)", c] as const))(
    "%s --help shows an example and the exit-code table",
    async (_name, command) => {
      const run = await runCli([...command, "--help"], { cwd: repoRoot });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Examples:\n {2}\$ connector /m);
      for (const code of [0, 1, 2, 3, 4, 5])
        expect(run.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\S`, "m"));
    },
  );

  it("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "packages/connector/package.json"), "utf8"));
    const run = await runCli(["--version"], { cwd: repoRoot });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it("the built binary keeps its shebang", () => {
    expect(readFileSync(join(repoRoot, "packages/connector/dist/cli.js"), "utf8").split("\n")[0]).toBe(
      "#!/usr/bin/env node",
    );
  });
});
