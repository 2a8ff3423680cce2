import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const WRONG_KEY = "lever_wrong_key_0123456789abcdef";
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
  fx = await sandboxFixture();
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("exit code 2: usage or config error, nothing written", () => {
  it("an unknown command or a bad flag value", async () => {
    expect((await cli(["bogus"])).code).toBe(2);
    const bad = await cli(["history", "--limit", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--limit");
  });

  it("a bad config names the file, each path and its fix, without any network call", async () => {
    const before = requests();
    writeFileSync(fx.configPath, "lever:\n  baseUrl: ftp://example.invalid\noomnitza: {}\n");
    const run = await cli(["sync", "--yes"], { LEVER_API_KEY: "" });
    const json = await cli(["plan", "--json"], { LEVER_API_KEY: "" });
    writeFileSync(
      fx.configPath,
      `oomnitza: { baseUrl: "${fx.sandbox.oomnitza.baseUrl}" }\nsync:\n  prefrence: create-only\n`,
    );
    const typo = await cli(["check"]);
    fx.writeConfig();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(fx.configPath);
    for (const path of ["lever.baseUrl", "oomnitza.baseUrl", "lever.apiKey"]) {
      expect(run.stderr).toMatch(new RegExp(`${path.replace(".", "\\.")}: .*Fix: `));
    }
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, exitCode: 2 });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/sync\.prefrence: .*Fix: /);
    expect(requests()).toBe(before);
  });
});

describe("exit code 3: authentication or permission", () => {
  it("a wrong Lever key: one paragraph, no stack, and the key is never echoed", async () => {
    const run = await cli(["plan"], { LEVER_API_KEY: WRONG_KEY });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^Error: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain(WRONG_KEY);
  });

  it("check with a wrong key: a ✗ line with the fix, exit 3", async () => {
    const run = await cli(["check"], { LEVER_API_KEY: WRONG_KEY });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^✗ lever: .*\n {4}fix: .*LEVER_API_KEY/m);
    expect(run.stdout).not.toContain(WRONG_KEY);
  });

  it("shows the stack only at --log-level debug, still without the key", async () => {
    const run = await cli(["--log-level", "debug", "plan"], { LEVER_API_KEY: WRONG_KEY });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain(WRONG_KEY);
  });
});

describe("exit code 5: an API stays unavailable", () => {
  it("Oomnitza answering 5xx to everything", async () => {
    fx.sandbox.oomnitza.configure({ errorRate: 1 });
    const run = await cli(["plan", "--json"]);
    fx.sandbox.oomnitza.configure({ errorRate: 0 });
    expect(run.code).toBe(5);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: 5 });
  }, 60_000);
});

describe("deactivations: confirmation and exit code 4", () => {
  it("the first sync succeeds (exit 0)", async () => {
    expect((await cli(["sync", "--yes"])).code).toBe(0);
  });

  it("refuses deactivations without --yes when not on a terminal (exit 2, nothing written)", async () => {
    const leavers = fx.sandbox.lever.state
      .users()
      .filter((u) => u.deactivatedAt === null)
      .slice(0, 2);
    for (const u of leavers) fx.sandbox.lever.state.deactivateUser(u.id);
    const writes = fx.sandbox.oomnitza.stats.writes;
    const run = await cli(["sync"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--yes");
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
  });

  it("trips the safety threshold: exit 4 and no deactivation made", async () => {
    fx.writeConfig({ saas: { maxDeactivations: 1 } });
    const active = () => fx.sandbox.oomnitza.state.saasUsers().filter((s) => s.status === "active").length;
    const before = active();
    const run = await cli(["sync", "--json"]);
    fx.writeConfig();
    expect(run.code).toBe(4);
    const report = JSON.parse(run.stdout);
    expect(report.safety.tripped).toBe(true);
    expect(report.counts.saas.deactivate).toBe(0);
    expect(active()).toBe(before);
  });

  it("applies them with --yes (exit 0)", async () => {
    const run = await cli(["sync", "--yes", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts.saas.deactivate).toBe(2);
  });
});

describe("exit code 1: record-level failures", () => {
  let strict: SandboxFixture;
  beforeAll(async () => {
    // A tenant with a mandatory field the mapping does not fill: every create is refused, the rest goes on.
    strict = await sandboxFixture({
      data: {
        oomnitza: {
          customFields: [
            { name: "lever_id", type: "text", unique: true },
            { name: "cost_center", type: "text", mandatory: true },
          ],
        },
      },
    });
  });
  afterAll(async () => {
    await strict?.close();
  });

  it("finishes, reports each failure with its reason, exits 1", async () => {
    const run = await runCli(["sync", "--yes", "--json"], { cwd: strict.dir, env: strict.env });
    outputs.push(run);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures[0].reason).toMatch(/cost_center/);
    expect(report.counts.users.update).toBeGreaterThan(0);
  });
});

it("no secret (nor the wrong key) in any output", () => {
  expect(
    secretFree(
      outputs.flatMap((o) => [o.stdout, o.stderr]),
      [...fx.secrets, WRONG_KEY],
    ),
  ).toBe(true);
});
