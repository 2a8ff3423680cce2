import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/index.js";
import { harness, peopleByLeverId } from "./harness.js";

describe("the mass-update stop (sync.maxUpdates)", () => {
  it("a run after the first that would rename everyone to X writes nothing and exits 4; a raised limit lets it through", async () => {
    const h = await harness({ leverUsers: 40 });
    const firstRun = await (await h.connector()).sync();
    expect(firstRun.outcome).toBe("ok");
    expect(firstRun.updates).toMatchObject({ armed: false, tripped: false });
    const lever = h.sandbox.lever.state;
    for (const u of lever.users()) lever.updateUser(u.id, { name: "X" });

    const writes = h.sandbox.oomnitza.stats.writes;
    const stopped = await (await h.connector()).sync();
    expect(stopped.outcome).toBe("safety-tripped");
    expect(exitCodeFor(stopped)).toBe(4);
    expect(stopped.updates).toMatchObject({ armed: true, tripped: true, maxUpdates: "20%" });
    const u = stopped.updates!;
    expect(u.planned).toBeGreaterThan(u.limit);
    expect(u.limit).toBe(Math.floor(u.matched * 0.2));
    expect(u.fields.first_name).toBe(u.planned);
    expect(stopped.counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.stats.writes).toBe(writes);
    expect([...peopleByLeverId(h.sandbox).values()].some((p) => p.first_name === "X")).toBe(false);

    // The plan shows the same stop before anything is tried.
    expect((await (await h.connector()).plan()).updates?.tripped).toBe(true);

    const allowed = await (await h.connector({ sync: { maxUpdates: "100%" } })).sync();
    expect(allowed.outcome).toBe("ok");
    expect(allowed.counts.users.update).toBe(u.planned);
    expect([...peopleByLeverId(h.sandbox).values()].every((p) => p.first_name === "X")).toBe(true);
  });

  it("a count works like a percentage, and a few updates pass the default", async () => {
    const h = await harness({ leverUsers: 30 });
    await (await h.connector()).sync();
    const [a, b] = h.sandbox.lever.state.users().filter((u) => u.deactivatedAt === null);
    h.sandbox.lever.state.updateUser(a!.id, { name: "Ana Renamed" });
    h.sandbox.lever.state.updateUser(b!.id, { name: "Bo Renamed" });
    const plan = await (await h.connector({ sync: { maxUpdates: 1 } })).plan();
    expect(plan.updates).toMatchObject({ limit: 1, planned: 2, tripped: true });
    expect(plan.summary.writes).toBe(0);
    expect((await (await h.connector()).sync()).counts.users.update).toBe(2);
  });
});
