import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../cli/ensure-built.js";
import {
  expectNoDuplicates,
  expectNoSecrets,
  type Fixture,
  filesUnder,
  fixture,
  oomnitzaState,
} from "./fixture.js";
import { type CliResult, spawnCli } from "./spawn-cli.js";

const USERS = 400;
const SEED = 31;

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

async function start(): Promise<Fixture> {
  const f = await fixture({ leverUsers: USERS, seed: SEED });
  open.push(f);
  // A little latency spreads the apply over a second or so, so the kill lands where it is aimed.
  f.sandbox.oomnitza.configure({ latencyMs: 2 });
  return f;
}

let expected: ReturnType<typeof oomnitzaState>;
let peopleWrites = 0;
let plannedWrites = 0;

beforeAll(async () => {
  await ensureBuilt();
  const twin = await fixture({ leverUsers: USERS, seed: SEED });
  try {
    const plan = await (await twin.connector()).plan();
    peopleWrites = plan.summary.users.create + plan.summary.users.update;
    plannedWrites = plan.summary.writes;
    const report = await (await twin.connector()).sync();
    expect(report.outcome).toBe("ok");
    expected = oomnitzaState(twin.sandbox);
  } finally {
    await twin.close();
  }
}, 60_000);

describe("SIGKILL during apply", () => {
  // First creates; half-way through the people; in the SaaS-user part (app, assign, external ids).
  it.each([
    ["the first writes", () => 1],
    ["half-way through the people", () => Math.floor(peopleWrites / 2)],
    ["the SaaS-user writes", () => peopleWrites + 3],
  ])("killed at %s, a rerun converges with no duplicate", async (_, at) => {
    const f = await start();
    const config = f.writeConfig();
    const args = ["sync", "--json", "--yes", "--no-progress", "--config", config];
    const target = at();
    let writesAtKill = -1;
    const killed = await spawnCli(args, {
      cwd: f.dir,
      env: f.env,
      watch: (child) => {
        if (writesAtKill < 0 && f.sandbox.oomnitza.stats.writes >= target) {
          writesAtKill = f.sandbox.oomnitza.stats.writes;
          child.kill("SIGKILL");
        }
      },
    });
    expect(killed.signal).toBe("SIGKILL");
    expect(writesAtKill).toBeGreaterThanOrEqual(target);
    expect(writesAtKill).toBeLessThan(plannedWrites);
    // No half-written report: whatever is in runs/ parses.
    const runs = join(f.stateDir, "runs");
    for (const name of safeList(runs))
      expect(() => JSON.parse(readFileSync(join(runs, name), "utf8"))).not.toThrow();

    const rerun = await spawnCli(args, { cwd: f.dir, env: f.env });
    expect(rerun.code, rerun.stderr).toBe(0);
    const report = JSON.parse(rerun.stdout);
    expect(report.outcome).toBe("ok");
    expect(report.failures).toEqual([]);
    expectNoDuplicates(f.sandbox);
    const actual = oomnitzaState(f.sandbox);
    expect(actual.people).toEqual(expected.people);
    expect(actual.seats).toEqual(expected.seats);

    const outputs: CliResult[] = [killed, rerun];
    expectNoSecrets([...outputs.flatMap((r) => [r.stdout, r.stderr]), ...filesUnder(f.stateDir)], f.secrets);
  });
});

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
