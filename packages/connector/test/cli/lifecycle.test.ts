import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(args: string[], cwd = fx.dir): Promise<CliRun> {
  const run = await runCli(args, { cwd, env: fx.env });
  outputs.push(run);
  return run;
}

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture();
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("connector init", () => {
  const dir = mkdtempSync(join(tmpdir(), "connector-init-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a commented starter config with the schema line and the smart mapping", async () => {
    const run = await cli(["init"], dir);
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "connector.config.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+connector\.config\.schema\.json$/,
    );
    expect(text).toContain("apiKey: ${LEVER_API_KEY}");
    expect(text).toMatch(/mapping:\n {2}syncKeys: \[email\]/);
    expect(text).toContain("# role: 25");
  });

  it("never overwrites an existing file without --force", async () => {
    const path = join(dir, "connector.config.yaml");
    writeFileSync(path, "mine: true\n");
    const refused = await cli(["init"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(path);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(path, "utf8")).toBe("mine: true\n");
    const forced = await cli(["init", "--force", "--sandbox"], dir);
    expect(forced.code).toBe(0);
    const sandboxConfig = readFileSync(path, "utf8");
    expect(sandboxConfig).toContain("baseUrl: http://127.0.0.1:4010/v1");
    // A local sandbox is not a shared tenant: the config lifts the Oomnitza budget, as the demo does.
    expect(sandboxConfig).toContain("rateLimit: { perSecond: 500, burst: 100 }");
  });

  it("writes a --sandbox config that is ready for `mapping validate`", async () => {
    const run = await cli(["mapping", "validate", "--json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: "config", status: "ready" });
  });
});

describe("check, plan, sync, history against the sandbox", () => {
  let planned: { summary: { users: { create: number; update: number }; writes: number } };

  it("check passes with one ✓ line per item", async () => {
    const human = await cli(["check"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^✓ /m);
    expect(human.stdout).not.toContain("✗");
    const json = await cli(["check", "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
  });

  it("plan --json --out saves the same plan it prints, and writes nothing", async () => {
    const before = fx.sandbox.oomnitza.state.users().length;
    const run = await cli(["plan", "--json", "--out", "plan.json"]);
    expect(run.code).toBe(0);
    planned = JSON.parse(run.stdout);
    expect(planned.summary.users.create).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(fx.dir, "plan.json"), "utf8"))).toEqual(planned);
    expect(fx.sandbox.oomnitza.state.users().length).toBe(before);
  });

  it("plan groups by action and shows updates as from → to", async () => {
    const run = await cli(["plan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Create \(\d+\)$/m);
    // The seeded tenant holds people with stale names, so the first plan always has updates.
    expect(planned.summary.users.update).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/^Update \(\d+\)$/m);
    expect(run.stdout).toMatch(/^ {6}(first|last)_name: ".*" → ".*"$/m);
  });

  it("sync --plan applies exactly the saved plan", async () => {
    const run = await cli(["sync", "--plan", "plan.json", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.counts.users.create).toBe(planned.summary.users.create);
    expect(report.counts.users.update).toBe(planned.summary.users.update);
    expect(report.counts.writes).toBe(planned.summary.writes);
  });

  it("a second sync makes zero writes", async () => {
    const run = await cli(["sync"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Writes\s+0\b/);
  });

  it("history lists both runs, newest first", async () => {
    const json = await cli(["history", "--json"]);
    expect(json.code).toBe(0);
    const { runs } = JSON.parse(json.stdout);
    expect(runs).toHaveLength(2);
    expect(runs[0].counts.writes).toBe(0);
    expect(runs[1].counts.writes).toBe(planned.summary.writes);
    const human = await cli(["history", "--limit", "1"]);
    // The header, the run, a blank line, the columns legend and the reports folder.
    expect(human.stdout.trim().split("\n")).toHaveLength(1 + 1 + 3);
    expect(human.stdout).toMatch(/^started \(UTC\)\s+run\s+outcome/m);
  });

  it("a saved plan is refused once it no longer fits the config", async () => {
    fx.writeConfig({ sync: { preference: "create-only" } });
    const run = await cli(["sync", "--plan", "plan.json"]);
    fx.writeConfig();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plan/i);
  });

  it("leaks no secret in any output", () => {
    expect(outputs.length).toBeGreaterThan(8);
    expect(
      secretFree(
        outputs.flatMap((o) => [o.stdout, o.stderr]),
        fx.secrets,
      ),
    ).toBe(true);
    expect(existsSync(join(fx.dir, ".connector/runs"))).toBe(true);
  });
});
