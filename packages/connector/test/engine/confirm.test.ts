import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/types.js";
import { harness } from "./harness.js";

describe("sync({ confirm })", () => {
  it("cancelling from the hook writes nothing, writes no report, and rethrows the hook's error", async () => {
    const h = await harness({ leverUsers: 20 });
    const seen: Plan[] = [];
    const declined = new Error("not today");
    const connector = await h.connector();
    await expect(
      connector.sync({
        confirm: (plan) => {
          seen.push(plan);
          throw declined;
        },
      }),
    ).rejects.toBe(declined);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.summary.users.create).toBeGreaterThan(0);
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);
    expect(existsSync(join(h.stateDir, "runs"))).toBe(false);
  });

  it("a confirmed sync is one run: its report counts the plan's Lever reads and applies the plan", async () => {
    const h = await harness({ leverUsers: 20 });
    let asked = 0;
    const report = await (await h.connector()).sync({ confirm: () => void asked++ });
    expect(asked).toBe(1);
    expect(report.command).toBe("sync");
    expect(report.outcome).toBe("ok");
    expect(report.requests.lever.requests).toBeGreaterThan(0);
    expect(report.counts.writes).toBe(h.sandbox.oomnitza.stats.writes);
    expect(readdirSync(join(h.stateDir, "runs"))).toHaveLength(1);
  });

  it("is not asked on a dry run", async () => {
    const h = await harness({ leverUsers: 5 });
    const report = await (await h.connector()).sync({
      dryRun: true,
      confirm: () => {
        throw new Error("must not be called");
      },
    });
    expect(report.dryRun).toBe(true);
  });
});
