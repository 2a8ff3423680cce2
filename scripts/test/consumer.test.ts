// The packages as another team meets them: packed, installed from the tarballs with npm into an empty
// folder, then used from ESM, from CommonJS and from TypeScript, and through the installed binaries.
//
// Fixtures live in scripts/test/consumer/ and are copied into that folder:
//   esm.mjs, cjs.cjs            run with node; each prints one JSON line checked below
//   typescript/<name>/          one TypeScript consumer per folder: a tsconfig.json plus the .mts/.cts files
//                               it includes. Every folder is type-checked with `tsc -p`, so another consumer
//                               (say, stricter compiler options) is one more folder, no change to this file.
//   typescript/readme/          the packages' README examples, unchanged (readme-examples.ts writes them
//                               here), under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackages, repoRoot } from "./pack-packages.js";
import { readmeModules } from "./readme-examples.js";
import { runCommand, runOk } from "./run-command.js";

const fixtures = resolve(import.meta.dirname, "consumer");
const tsConsumers = readdirSync(join(fixtures, "typescript"));
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
// The same @types/node as the workspace, so a warm npm cache has it.
const typesNode = JSON.parse(readFileSync(join(repoRoot, "node_modules/@types/node/package.json"), "utf8"))
  .version as string;

let work = "";
let app = "";

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "lever-oomnitza-consumer-"));
  app = join(work, "app");
  const tarballs = await packPackages(join(work, "packs"));
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "consumer", private: true }, null, 2)}\n`,
  );
  cpSync(fixtures, app, { recursive: true });
  for (const [name, text] of Object.entries(readmeModules()))
    writeFileSync(join(app, "typescript", "readme", name), text);
  // One install for every case. Third-party dependencies come from the npm registry (or its cache).
  await runOk(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      ...tarballs,
      `@types/node@${typesNode}`,
    ],
    { cwd: app },
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const node = (script: string) => runOk(process.execPath, [script], { cwd: app });
const bin = (name: string, args: string[]) =>
  runCommand(join(app, "node_modules/.bin", name), args, { cwd: app });
const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1) ?? "null");

describe("installed from the packed tarballs", () => {
  it("ESM: both clients list every user of the installed sandbox", async () => {
    const out = lastJsonLine((await node("esm.mjs")).stdout);
    expect(out.lever.listed).toBe(out.lever.inSandbox);
    expect(out.lever.listed).toBe(30);
    expect(out.lever.first).toMatch(/@/);
    expect(out.oomnitza.listed).toBe(out.oomnitza.inSandbox);
    expect(out.oomnitza.listed).toBeGreaterThan(0);
    // One ApiError across the ESM and CommonJS builds: instanceof holds both ways.
    expect(out.apiError).toEqual({
      sameKind: "auth",
      esmErrorIsCjsApiError: true,
      cjsErrorIsEsmApiError: true,
      paginationError: true,
    });
  }, 60_000);

  it("CommonJS: require() loads the .cjs builds; both clients list users; the connector plans a sync", async () => {
    const out = lastJsonLine((await node("cjs.cjs")).stdout);
    for (const [name, file] of Object.entries(out.resolved as Record<string, string>))
      expect(file, name).toMatch(/[/\\]dist[/\\]index\.cjs$/);
    expect(out.lever.listed).toBe(out.lever.inSandbox);
    expect(out.oomnitza.listed).toBe(out.oomnitza.inSandbox);
    // Every Lever user gets exactly one planned action; the seeded tenant lacks most of them.
    const { create, update, unchanged, skip, conflict } = out.plan.users;
    expect(create + update + unchanged + skip + conflict).toBe(out.plan.source.leverUsers);
    expect(create).toBeGreaterThan(0);
    expect(out.plan.writes).toBeGreaterThan(0);
    expect(out.writesDuringPlan).toBe(0);
  }, 60_000);

  it.each(tsConsumers)(
    "TypeScript consumer %s type-checks, misspelt fields included",
    async (name) => {
      const result = await runCommand(
        process.execPath,
        [tsc, "-p", join("typescript", name, "tsconfig.json")],
        {
          cwd: app,
        },
      );
      // An unused @ts-expect-error (a typo that compiles) is an error here too.
      expect(result.stdout + result.stderr).toBe("");
      expect(result.code).toBe(0);
    },
    120_000,
  );

  it("`connector demo --json` runs the whole job and the rerun writes nothing", async () => {
    const result = await bin("connector", ["demo", "--json", "--users", "20"]);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.runs[0].counts.writes).toBeGreaterThan(0);
    expect(doc.runs[1].counts.writes).toBe(0);
  }, 60_000);

  it("`lever-oomnitza-sandbox --help` and `--version` answer and exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const help = await bin("lever-oomnitza-sandbox", [flag]);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain("Usage: lever-oomnitza-sandbox");
      for (const option of ["--users <n>", "--seed <n>", "--lever-port", "--oomnitza-port", "--version"])
        expect(help.stdout).toContain(option);
    }
    const installed = JSON.parse(
      readFileSync(join(app, "node_modules/@lever-oomnitza/sandbox/package.json"), "utf8"),
    ).version;
    for (const flag of ["--version", "-V"]) {
      const version = await bin("lever-oomnitza-sandbox", [flag]);
      expect(version.code, version.stderr).toBe(0);
      expect(version.stdout.trim()).toBe(installed);
    }
    const bad = await bin("lever-oomnitza-sandbox", ["--users", "many"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--users");
  }, 60_000);
});
