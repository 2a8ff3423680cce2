import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/errors/exit-code-for.js";
import type { Plan } from "../../src/plan/plan.js";
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
    const runs = join(h.stateDir, "runs");
    expect(existsSync(runs) ? readdirSync(runs) : []).toEqual([]);
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

describe("an unwritable state.dir", () => {
  it("is refused before any read or write, naming state.dir (exit 2)", async () => {
    const h = await harness({ leverUsers: 5 });
    const file = join(h.stateDir, "a-file");
    writeFileSync(file, "");
    const connector = await h.connector({ state: { dir: join(file, "state") } });
    const failure = await connector.sync().catch((e: unknown) => e);
    expect(exitCodeFor(failure)).toBe(2);
    expect((failure as { problems?: { path: string }[] }).problems?.[0]?.path).toBe("state.dir");
    expect(h.sandbox.oomnitza.stats.requests + h.sandbox.lever.stats.requests).toBe(0);
  });
});
