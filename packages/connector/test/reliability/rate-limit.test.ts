import { afterEach, describe, expect, it } from "vitest";
import { expectNoDuplicates, expectNoSecrets, type Fixture, filesUnder, fixture } from "./fixture.js";

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

describe("Lever's rate limit cut to 2/s", () => {
  it("the run completes without errors, only slower: 429s are absorbed and nothing fails", async () => {
    // Lever lowered the limit without telling us: the client still throttles at its default 10/s.
    const f = await fixture({ leverUsers: 700, seed: 41 });
    open.push(f);
    f.sandbox.lever.configure({ rateLimit: { perSecond: 2, burst: 2 } });
    const report = await (await f.connector({ lever: f.rawConfig().lever })).sync();

    expect(report.outcome, JSON.stringify(report.error ?? report.failures.slice(0, 2))).toBe("ok");
    expect(report.failures).toEqual([]);
    expect(f.sandbox.lever.stats.rateLimited).toBeGreaterThan(0);
    expect(report.requests.lever.rateLimited).toBe(f.sandbox.lever.stats.rateLimited);
    // Only slower: 7 pages at 2/s after a burst of 2 take at least 2.5 s.
    expect(report.durationMs).toBeGreaterThanOrEqual(2400);
    expect(report.counts.users.create + report.counts.users.update + report.counts.users.unchanged).toBe(
      f.sandbox.lever.state.count({ includeDeactivated: true }) -
        report.counts.users.skip -
        report.counts.users.conflict,
    );
    expectNoDuplicates(f.sandbox);

    // Told about the new limit, the client keeps under it by itself: no 429 at all.
    f.sandbox.lever.resetStats();
    const told = await (
      await f.connector({
        lever: { ...(f.rawConfig().lever as object), rateLimit: { perSecond: 2, burst: 1 } },
      })
    ).sync();
    expect(told.outcome).toBe("ok");
    expect(told.counts.writes).toBe(0);
    expect(f.sandbox.lever.stats.rateLimited).toBe(0);
    expectNoSecrets([...f.logger.lines, ...filesUnder(f.dir)], f.secrets);
  }, 30_000);
});
