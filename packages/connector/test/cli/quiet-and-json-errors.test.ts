// `--quiet` keeps the error paragraph (and only it); `--json` keeps its one-document promise even when
// commander rejects the flags.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const WRONG_KEY = "lever_quiet_wrong_key_fedcba9876543210";
const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: { ...fx.env, ...env } });
  outputs.push(run);
  return run;
}

const requests = () => fx.sandbox.lever.stats.requests + fx.sandbox.oomnitza.stats.requests;

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 5 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("--quiet sync with a wrong Lever key", () => {
  it("exits 3 with only the Error/Fix paragraph on stderr and nothing on stdout", async () => {
    const writes = fx.sandbox.oomnitza.stats.writes;
    const run = await cli(["--quiet", "sync", "--yes"], { LEVER_API_KEY: WRONG_KEY });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Error: .*lever.*401/i);
    expect(lines[1]).toMatch(/^Fix: .*Lever API key/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
  });

  it("--quiet --json: the same paragraph on stderr, the run report (outcome error) on stdout", async () => {
    const run = await cli(["--quiet", "sync", "--json"], { LEVER_API_KEY: WRONG_KEY });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^Error: [^\n]+\nFix: [^\n]+\n$/);
    // The sync's one document is its run report, which carries the error (kind auth) itself.
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ command: "sync", outcome: "error", error: { kind: "auth" } });
    expect(doc.counts.writes).toBe(0);
  });
});

describe("--json with flags commander rejects", () => {
  it.each([
    [["plan", "--json", "--bogus"], /unknown option '--bogus'/],
    [["sync", "--json", "--dry-run", "--plan"], /argument missing/],
    [["history", "--json", "--limit", "zero"], /--limit/],
  ])("%j prints exactly one JSON error document (exit 2) and calls no API", async (args, message) => {
    const before = requests();
    const run = await cli(args);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ ok: false, exitCode: 2 });
    expect(doc.error.message).toMatch(message);
    expect(run.stdout.trim().startsWith("{")).toBe(true);
    expect(run.stdout.trimEnd().endsWith("}")).toBe(true);
    expect(run.stderr).toMatch(message);
    expect(requests()).toBe(before);
  });

  it("without --json the same mistake prints no JSON at all", async () => {
    const run = await cli(["plan", "--bogus"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown option '--bogus'/);
  });
});

it("neither the wrong key nor the real secrets appear in any output", () => {
  expect(outputs.length).toBeGreaterThanOrEqual(6);
  expect(
    secretFree(
      outputs.flatMap((o) => [o.stdout, o.stderr]),
      [...fx.secrets, WRONG_KEY],
    ),
  ).toBe(true);
});
