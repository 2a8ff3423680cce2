// A refused credential is named: the fix says which of the Lever API key and the Oomnitza token the
// API refused, for `plan` (a thrown error) and `sync` (an error inside the run report) alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const WRONG = {
  LEVER_API_KEY: "lever_wrong_key_0123456789abcdef",
  OOMNITZA_API_TOKEN: "oomnitza_wrong_0123456789",
};
const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: { ...fx.env, ...env } });
  outputs.push(run);
  return run;
}

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 5 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("a refused credential names itself in the fix", () => {
  it("plan with a wrong Oomnitza token: the fix names the token and its variable, not the Lever key", async () => {
    const run = await cli(["plan"], { OOMNITZA_API_TOKEN: WRONG.OOMNITZA_API_TOKEN });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^Error: oomnitza GET .* 401/m);
    const fix = run.stderr.split("\n").find((l) => l.startsWith("Fix: ")) ?? "";
    expect(fix).toMatch(
      /^Fix: The Oomnitza token was refused: check OOMNITZA_API_TOKEN \(or oomnitza\.tokenFile\)/,
    );
    expect(fix).not.toMatch(/Lever/);
  });

  it("plan with a wrong Lever key: the fix names the Lever API key (in --json's error.fix too)", async () => {
    const run = await cli(["plan", "--json"], { LEVER_API_KEY: WRONG.LEVER_API_KEY });
    expect(run.code).toBe(3);
    const doc = JSON.parse(run.stdout);
    expect(doc.error.fix).toMatch(
      /^The Lever API key was refused: check LEVER_API_KEY \(or lever\.apiKeyFile\)/,
    );
    expect(doc.error.fix).not.toMatch(/Oomnitza/);
  });

  it("sync with a wrong Oomnitza token: the report's error names the API, the fix names the token", async () => {
    const run = await cli(["sync", "--yes", "--json"], { OOMNITZA_API_TOKEN: WRONG.OOMNITZA_API_TOKEN });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout).error).toMatchObject({ kind: "auth", service: "oomnitza", exitCode: 3 });
    expect(run.stderr).toMatch(/^Fix: The Oomnitza token was refused: check OOMNITZA_API_TOKEN/m);
    expect(fx.sandbox.oomnitza.stats.writes).toBe(0);
  });

  it("leaks no secret, right or wrong", () => {
    const texts = outputs.flatMap((o) => [o.stdout, o.stderr]);
    expect(secretFree(texts, [...fx.secrets, ...Object.values(WRONG)])).toBe(true);
  });
});
