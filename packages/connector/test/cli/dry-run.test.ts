// `connector sync --dry-run`: says what a sync would do, and writes nothing (no Oomnitza write, no report).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

let fx: SandboxFixture;

/** Run reports written so far under the fixture's `state.dir`. */
const reports = () => {
  const dir = join(fx.dir, ".connector/runs");
  return existsSync(dir) ? readdirSync(dir) : [];
};

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 12 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("sync --dry-run", () => {
  it("prints the plan's counts as 'would …', writes nothing and leaves no report", async () => {
    const oomnitzaWrites = fx.sandbox.oomnitza.stats.writes;
    const leverWrites = fx.sandbox.lever.stats.writes;
    const people = fx.sandbox.oomnitza.state.users().length;
    const run = await runCli(["sync", "--dry-run"], { cwd: fx.dir, env: fx.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Dry run ok in .*\(nothing written\)$/m);
    const creates = Number(run.stdout.match(/^ {2}People {6}would create (\d+) · update \d+/m)?.[1]);
    expect(creates).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/^ {2}SaaS users {2}would assign \d+ .*create the app$/m);
    const planned = Number(run.stdout.match(/^ {2}Writes {6}(\d+) planned, 0 made$/m)?.[1]);
    expect(planned).toBeGreaterThanOrEqual(creates);
    expect(run.stdout).not.toMatch(/^Report: /m);
    expect(fx.sandbox.oomnitza.stats.writes).toBe(oomnitzaWrites);
    expect(fx.sandbox.lever.stats.writes).toBe(leverWrites);
    expect(fx.sandbox.oomnitza.state.users()).toHaveLength(people);
    expect(reports()).toEqual([]);
    expect(secretFree([run.stdout, run.stderr], fx.secrets)).toBe(true);

    // The same numbers are what a real sync then makes, and only that one leaves a report.
    const real = await runCli(["sync", "--json"], { cwd: fx.dir, env: fx.env });
    expect(real.code).toBe(0);
    const report = JSON.parse(real.stdout);
    expect(report.counts.users.create).toBe(creates);
    expect(report.counts.writes).toBe(planned);
    expect(reports()).toHaveLength(1);
  });

  it("--json: the report says dryRun with zero writes made and the planned writes", async () => {
    fx.sandbox.lever.state.addUser({ name: "Dry Runner", email: "dry.runner@example.com" });
    const writes = fx.sandbox.oomnitza.stats.writes;
    const run = await runCli(["sync", "--dry-run", "--json"], { cwd: fx.dir, env: fx.env });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ dryRun: true, counts: { writes: 0 } });
    expect(report.planned.users.create).toBe(1);
    expect(report.reportPath ?? null).toBeNull();
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
    expect(reports()).toHaveLength(1);
  });
});
