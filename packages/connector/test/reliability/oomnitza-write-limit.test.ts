import { afterEach, describe, expect, it } from "vitest";
import { createStyle } from "../../src/cli/create-style.js";
import { formatReport } from "../../src/cli/format/format-report.js";
import { expectNoDuplicates, expectNoSecrets, type Fixture, filesUnder, fixture } from "./fixture.js";

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

describe("an Oomnitza write limit the connector is not told about", () => {
  it("the adaptive write rate cuts on the 429s, the run completes, and the report says why", async () => {
    const f = await fixture({ leverUsers: 120, seed: 43 });
    open.push(f);
    // 35 writes/s, below the 50/s it starts at and far below where the adaptive rate would climb to: it has to find the limit.
    f.sandbox.oomnitza.configure({ rateLimit: { perSecond: 35, burst: 5, writesOnly: true } });
    const { rateLimit: _fixed, ...oomnitza } = f.rawConfig().oomnitza as Record<string, unknown>;
    const report = await (await f.connector({ oomnitza })).sync();

    expect(report.outcome, JSON.stringify(report.error ?? report.failures.slice(0, 2))).toBe("ok");
    expect(report.failures).toEqual([]);
    expect(f.sandbox.oomnitza.stats.rateLimited).toBeGreaterThan(0);
    const rate = report.writeRate;
    expect(rate?.mode).toBe("adaptive");
    expect(rate?.startPerSecond).toBe(50);
    expect(rate?.cutCount).toBeGreaterThan(0);
    expect(rate?.cuts[0]?.reason).toBe("429");
    expect(rate?.cuts[0]?.toPerSecond).toBeLessThan(rate?.cuts[0]?.fromPerSecond ?? 0);
    expect(Date.parse(rate?.cuts[0]?.at ?? "")).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
    expectNoDuplicates(f.sandbox);

    const text = formatReport(report, createStyle(false, {})).join("\n");
    expect(text).toMatch(
      /Write rate {2}adaptive 50\/s → \d+\/s reached, settled \d+\/s · \d+ cuts? \(429 ×\d+/,
    );

    // Pinned with rateLimit, the rate does not adapt, and the report says so.
    const pinned = await (
      await f.connector({ oomnitza: { ...oomnitza, rateLimit: { perSecond: 25, burst: 5 } } })
    ).sync();
    expect(pinned.writeRate).toMatchObject({ mode: "fixed", settledPerSecond: 25, cuts: [] });
    expect(pinned.counts.writes).toBe(0);
    expectNoSecrets([...f.logger.lines, ...filesUnder(f.dir)], f.secrets);
  }, 60_000);
});
