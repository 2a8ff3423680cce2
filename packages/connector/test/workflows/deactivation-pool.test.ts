import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { runWorkflow } from "../../src/workflows/run-workflow.js";
import { DAY_S, NOW, nowS, startTenant, type Tenant } from "./sandbox-tenant.js";

// Lever deactivations go through the engine's worker pool: at most `sync.concurrency` in flight,
// whatever the number of users selected.
describe("lever-deactivate-users uses the engine's worker pool", () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await startTenant(12, 5);
    for (const seat of t.seatOf.values())
      t.sandbox.oomnitza.state.updateSaasUser(seat, { last_visit: nowS - 400 * DAY_S });
  });
  afterAll(() => t.sandbox.close());

  it("never has more than sync.concurrency Lever deactivations in flight, and makes every one", async () => {
    let inFlight = 0;
    let most = 0;
    let sent = 0;
    const counting: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const leverDeactivate = url.startsWith(t.sandbox.lever.baseUrl) && url.endsWith("/deactivate");
      if (!leverDeactivate) return fetch(input, init);
      sent++;
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        // Yield a few turns so that every worker that may start a request does so before this one ends.
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const config = await loadConfig(
      {
        ...t.configObject({
          offboard: {
            type: "lever-deactivate-users",
            rule: { field: "last_visit", op: "olderThan", value: "365d" },
            trigger: "after-sync",
            exempt: { roles: [] },
            maxDeactivations: 100,
          },
        }),
        sync: { concurrency: 2 },
      },
      { env: {} },
    );
    const report = await runWorkflow(config, "offboard", { now: () => NOW, fetch: counting });
    const planned = report.workflow.deactivations.filter((d) => d.lever !== "already-deactivated").length;
    expect(planned).toBeGreaterThan(4);
    expect(sent).toBe(planned);
    expect(report.workflow.deactivations.every((d) => d.lever !== "failed")).toBe(true);
    expect(most).toBe(2);
  });
});
