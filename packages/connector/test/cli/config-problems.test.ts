// Config mistakes never hide each other: every problem at once, a "did you mean" for a misspelt key,
// the YAML code frame for a syntax error, and the fix in `error.fix` of the --json error document.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";

let dir: string;

/** Writes `text` as the config and runs `connector --config <it> ...args` with only `env` set. */
function withConfig(text: string, args: string[], env: Record<string, string> = {}) {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return runCli(["--config", path, ...args], { cwd: dir, env });
}

// A misspelt `apiKey` whose variable is unset, as the README's flow style writes it.
const TYPO = [
  "lever: { apikey: ${LEVER_API_KEY} }",
  "oomnitza: { baseUrl: http://127.0.0.1:9, token: t0ken-in-the-file }",
  "mapping: { role: 25 }",
  "",
].join("\n");

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "connector-config-problems-"));
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a misspelt key with its variable unset", () => {
  it("reports the unknown key with the closest known one, the unset variable and the empty key", async () => {
    const run = await withConfig(TYPO, ["check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Error: config has 3 problems in /);
    expect(run.stderr).toMatch(/^ {2}- lever\.apikey: unknown key "apikey"\. Fix: did you mean "apiKey"\?$/m);
    expect(run.stderr).toMatch(/^ {2}- lever\.apikey: environment variable LEVER_API_KEY is not set\./m);
    expect(run.stderr).toMatch(/^ {2}- lever\.apiKey: is empty\. Fix: set LEVER_API_KEY/m);
    expect(run.stdout).toBe("");
  });

  it("--json puts each fix in error.fix (not in message) and lists the problems", async () => {
    const run = await withConfig(TYPO, ["check", "--json"]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as {
      ok: boolean;
      exitCode: number;
      error: { message: string; fix: string | null; problems: { path: string; fix: string }[] };
    };
    expect(doc).toMatchObject({ ok: false, exitCode: 2 });
    expect(doc.error.fix).toMatch(/^lever\.apikey: did you mean "apiKey"\?$/m);
    expect(doc.error.fix).toMatch(/^lever\.apiKey: set LEVER_API_KEY/m);
    expect(doc.error.message).not.toMatch(/Fix:/);
    expect(doc.error.problems.map((p) => p.path)).toEqual(["lever.apikey", "lever.apikey", "lever.apiKey"]);
    expect(run.stdout + run.stderr).not.toContain("t0ken-in-the-file");
  });

  it("suggests keys in every section, and lists the allowed keys when nothing is close", async () => {
    const text = [
      "lever: { apiKey: k }",
      "oomnitza: { baseUrl: http://127.0.0.1:9, token: t, tokenFlie: /run/t }",
      "sync: { concurency: 2, zzz: 1 }",
      "mapping: { role: 25 }",
      "",
    ].join("\n");
    const run = await withConfig(text, ["check", "--json"]);
    const fixes = Object.fromEntries(
      (JSON.parse(run.stdout).error.problems as { path: string; fix: string }[]).map((p) => [p.path, p.fix]),
    );
    expect(fixes["oomnitza.tokenFlie"]).toBe('did you mean "tokenFile"?');
    expect(fixes["sync.concurency"]).toBe('did you mean "concurrency"?');
    expect(fixes["sync.zzz"]).toMatch(
      /^remove it; the keys allowed here are records, preference, schedule, concurrency, maxUpdates\.$/,
    );
  });
});

describe("a YAML syntax error", () => {
  it("keeps the code frame: the line as written, numbered, with a caret at the column", async () => {
    const text =
      "lever: { apiKey: ${LEVER_API_KEY} }\noomnitza:\n  baseUrl: http://127.0.0.1:9\n   token: x\n";
    const run = await withConfig(text, ["check"], { LEVER_API_KEY: "k" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /cannot parse .*\(line 3, column \d+\)\. Fix: fix the syntax at line 3, column \d+\./,
    );
    const frame = run.stderr.split("\n").filter((l) => / \| /.test(l));
    expect(frame[0]).toMatch(/^ {6}2 \| oomnitza:$/);
    expect(frame[1]).toMatch(/^ {4}> 3 \| {3}baseUrl: http:\/\/127\.0\.0\.1:9$/);
    expect(frame[2]).toMatch(/^ {8}\| +\^$/);
  });

  it("shows the frame of the text as written even on a line whose ${VAR} was quoted to parse", async () => {
    const text = "lever: { apiKey: ${LEVER_API_KEY}, region: [ }\n";
    const run = await withConfig(text, ["check", "--json"], { LEVER_API_KEY: "k" });
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc.error.message).toContain("> 1 | lever: { apiKey: ${LEVER_API_KEY}, region: [ }");
    expect(doc.error.fix).toMatch(/^fix the syntax at line 1, column \d+\.$/);
  });
});
