import { afterEach, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/engine/run-report.js";
import {
  expectNoDuplicates,
  expectNoSecrets,
  type Fixture,
  filesUnder,
  fixture,
  oomnitzaState,
} from "./fixture.js";

const USERS = 2000;
const FAULTS = { errorRate: 0.1, resetRate: 0.02, malformedRate: 0.02, writeThenFailRate: 0.02 };

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

async function start(seed: number): Promise<Fixture> {
  const f = await fixture({ leverUsers: USERS, seed });
  open.push(f);
  return f;
}

describe("faults on both servers at once", () => {
  it("a 2,000-user sync converges to the fault-free state with no duplicate, in one run or two when one reported failures", async () => {
    // The expected state: the same data synced by the same connector without a single fault.
    const twin = await start(11);
    const clean = await (await twin.connector()).sync();
    expect(clean.outcome, JSON.stringify(clean.failures.slice(0, 3))).toBe("ok");
    const expected = oomnitzaState(twin.sandbox);

    const f = await start(11);
    f.sandbox.lever.configure(FAULTS);
    f.sandbox.oomnitza.configure(FAULTS);
    const reports: RunReport[] = [await (await f.connector()).sync()];
    const first = reports[0] as RunReport;
    if (first.outcome !== "ok") {
      // A failure was reported, so a second run (still under faults) must finish the job.
      expect(first.failures.length + (first.error ? 1 : 0)).toBeGreaterThan(0);
      reports.push(await (await f.connector()).sync());
    }
    const last = reports.at(-1) as RunReport;
    console.log(
      "DEBUG",
      clean.durationMs,
      JSON.stringify(
        reports.map((r) => [
          r.durationMs,
          r.retries,
          r.outcome,
          r.counts.writes,
          r.failures.map((x) => `${x.target}/${x.action}/${x.kind}`),
        ]),
      ),
    );
    expect(last.outcome, JSON.stringify([reports.map((r) => r.error), last.failures.slice(0, 3)])).toBe("ok");

    // Both servers ran with the faults on; Oomnitza's thousands of requests met every kind (Lever's
    // ~20 pages may well meet none of the rarer kinds, so only its settings are checked).
    expect(f.sandbox.lever.configure({})).toMatchObject(FAULTS);
    for (const kind of ["error", "reset", "malformed", "writeThenFail"] as const)
      expect(f.sandbox.oomnitza.stats.faults[kind], kind).toBeGreaterThan(0);

    // Oomnitza now equals the expected state: nothing lost, nothing duplicated, nothing extra.
    expectNoDuplicates(f.sandbox);
    const actual = oomnitzaState(f.sandbox);
    expect(actual.people.length).toBe(expected.people.length);
    expect(actual.people).toEqual(expected.people);
    expect(actual.seats).toEqual(expected.seats);
    // Every Lever user is accounted for: a person, or a planned skip/conflict with its reason.
    const people = new Set(actual.people.map((p) => p.key));
    const excused = new Set(last.skips.map((s) => s.leverId));
    for (const u of f.sandbox.lever.state.users())
      expect(people.has(`lever:${u.id}`) || excused.has(u.id), `Lever user ${u.id} lost`).toBe(true);

    // The faults were absorbed by retries, and the reports say so.
    expect(reports.reduce((n, r) => n + r.retries, 0)).toBeGreaterThan(0);
    expectNoSecrets([...f.logger.lines, ...filesUnder(f.dir), JSON.stringify(reports)], f.secrets);
  }, 60_000);
});
