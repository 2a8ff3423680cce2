import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

/** A fetch that answers the first `times` SaaS-app creates with 503, after (`applied`) or without sending them. */
function flakyAppCreates(times: number, applied: boolean) {
  let failures = 0;
  return async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const isCreate = request.method === "POST" && new URL(request.url).pathname === "/api/v3/saas";
    if (isCreate && failures < times) {
      failures += 1;
      if (applied) await fetch(request);
      return new Response(JSON.stringify({ message: "unavailable" }), {
        status: 503,
        headers: { "content-type": "application/json" },
      });
    }
    return fetch(request);
  };
}

describe("creating the SaaS app when the outcome is unknown", () => {
  it.each([
    ["503s that wrote nothing are looked up, then the create is sent again", 3, false],
    ["a 503 after the app was written is found by name, not created twice", 1, true],
  ])("%s", async (_name, times, applied) => {
    const h = await harness({ leverUsers: 10 });
    const connector = await h.connector({}, { fetch: flakyAppCreates(times, applied) });
    const report = await connector.sync();
    expect(report.outcome).toBe("ok");
    expect(report.counts.saas.createApp).toBe(1);
    expect(h.sandbox.oomnitza.state.saasApps().filter((a) => a.saas_name === "Lever")).toHaveLength(1);
    expect(report.counts.saas.assign).toBeGreaterThan(0);
  });

  it("gives up after four unknown outcomes and reports it, changing no SaaS user", async () => {
    const h = await harness({ leverUsers: 10 });
    const report = await (await h.connector({}, { fetch: flakyAppCreates(10, false) })).sync();
    expect(report.failures.map((f) => f.action)).toEqual(["create-app"]);
    expect(h.sandbox.oomnitza.state.saasApps().filter((a) => a.saas_name === "Lever")).toHaveLength(0);
    expect(report.counts.saas.assign).toBe(0);
  });
});
