import { afterEach, describe, expect, it } from "vitest";
import { expectNoDuplicates, type Fixture, fixture } from "./fixture.js";

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

describe("a create whose outcome stays unknown", () => {
  it("is looked up, then resent, up to four times: three failed attempts in a row still create it once", async () => {
    const f = await fixture({ leverUsers: 40, seed: 21 });
    open.push(f);
    let failing = 0;
    const answered503 = new Map<string, number>();
    // The first three POSTs of every person never reach Oomnitza and answer 503: the outcome is unknown.
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === "POST" && new URL(request.url).pathname === "/api/v3/users") {
        const email = (JSON.parse(await request.clone().text()) as { email: string }).email;
        const n = answered503.get(email) ?? 0;
        if (n < 3) {
          answered503.set(email, n + 1);
          failing += 1;
          return new Response('{"message":"Service temporarily unavailable"}', {
            status: 503,
            headers: { "content-type": "application/json" },
          });
        }
      }
      return fetch(request);
    };
    const report = await (await f.connector(undefined, { fetch: flaky })).sync();
    expect(failing).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(report.counts.users.create).toBe(answered503.size);
    expectNoDuplicates(f.sandbox);
    // Each attempt was preceded by a lookup that found nothing.
    expect(f.sandbox.oomnitza.stats.byRoute["GET /api/v3/users"]).toBeGreaterThanOrEqual(
      3 * answered503.size,
    );
  });
});
