import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, repoRoot } from "./ensure-built.js";
import { runCli } from "./run-cli.js";

// Each command with exactly the exit codes it can return (its --help must list these and no other).
const ALL = [0, 1, 2, 3, 4, 5, 6, 7];
const READS = [0, 1, 2, 3, 5];
const COMMANDS: Array<[string[], number[]]> = [
  [[], ALL],
  [["demo"], [0, 1, 2]],
  [["init"], [0, 2]],
  [["check"], [0, 1, 2, 3, 5]],
  [["plan"], READS],
  [["sync"], ALL],
  [["schedule"], [0, 2]],
  [["history"], [0, 2]],
  [["report"], READS],
  [["workflow"], ALL],
  [
    ["workflow", "list"],
    [0, 2],
  ],
  [["workflow", "plan"], READS],
  [["workflow", "run"], ALL],
  [["mapping"], READS],
  [
    ["mapping", "suggest"],
    [0, 2],
  ],
  [
    ["mapping", "validate"],
    [0, 2],
  ],
  [["mapping", "preview"], READS],
  [["sandbox"], [0, 2]],
  [["credentials"], [0, 2]],
  [
    ["credentials", "set"],
    [0, 2],
  ],
];

beforeAll(ensureBuilt, 180_000);

/** The codes listed under "Exit codes:". */
const exitCodesIn = (help: string) =>
  [...(help.split("Exit codes:\n")[1] ?? "").matchAll(/^ {2}(\d) {2}\S/gm)].map((m) => Number(m[1]));

describe("--help and --version", () => {
  it.each(COMMANDS.map(([c, codes]) => [c.join(" ") || "(program)", c, codes] as const))(
    "%s --help: an example, the global options, only the exit codes it can return",
    async (_name, command, codes) => {
      const run = await runCli([...command, "--help"], { cwd: repoRoot });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Examples:\n {2}\$ connector /m);
      expect(exitCodesIn(run.stdout)).toEqual(codes);
      // Subcommands list the program's options too: their examples use -c/--config.
      if (command.length > 0) expect(run.stdout).toMatch(/^Global Options:$/m);
      for (const flag of ["-c, --config <path>", "--log-level <level>", "-q, --quiet", "-V, --version"])
        expect(run.stdout).toContain(flag);
    },
  );

  it("-V prints the version like --version", async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "packages/connector/package.json"), "utf8"));
    for (const flag of ["-V", "--version"]) {
      const run = await runCli([flag], { cwd: repoRoot });
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(pkg.version);
    }
  });

  it("FORCE_COLOR colours output off a terminal, like NO_COLOR takes colour away on one", async () => {
    // A config error: printed without any API, in red when colour is on.
    const args = ["--config", "no-such-config.yaml", "check"];
    const plain = await runCli(args, { cwd: repoRoot });
    expect(plain.stderr).toMatch(/^Error: /);
    const forced = await runCli(args, { cwd: repoRoot, env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("\u001b[31mError:\u001b[39m");
    const off = await runCli(args, { cwd: repoRoot, env: { NO_COLOR: "", FORCE_COLOR: "0" } });
    expect(off.stderr).toMatch(/^Error: /);
  });

  it("the built binary keeps its shebang", () => {
    expect(readFileSync(join(repoRoot, "packages/connector/dist/cli.js"), "utf8").split("\n")[0]).toBe(
      "#!/usr/bin/env node",
    );
  });
});
