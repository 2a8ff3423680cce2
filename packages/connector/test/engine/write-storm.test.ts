import { DEFAULT_RETRY } from "@lever-oomnitza/http";
import { describe, expect, it } from "vitest";
import { MAX_CONSECUTIVE_WRITE_FAILURES } from "../../src/engine/write-breaker.js";
import { exitCodeFor } from "../../src/index.js";
import { harness } from "./harness.js";

/** A fetch that answers every matching write with `status` (and `Retry-After: 0`), counting them; reads pass. */
function failingWrites(status: number, matches: (r: Request) => boolean = (r) => r.method !== "GET") {
  const sent: string[] = [];
  const fetchImpl = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (!matches(request)) return fetch(request);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return new Response(JSON.stringify({ message: "unavailable" }), {
      status,
      headers: { "content-type": "application/json", "retry-after": "0" },
    });
  };
  return { fetch: fetchImpl, sent };
}

describe("a storm of 429s or 503s on writes", () => {
  it.each([429, 503])(
    "%i on every write: the run stops after a few writes in a row with exit 5, not one per record",
    async (status) => {
      const h = await harness({ leverUsers: 40 });
      const storm = failingWrites(status);
      const report = await (await h.connector({}, { fetch: storm.fetch })).sync();
      expect(report.outcome).toBe("error");
      expect(report.error?.exitCode).toBe(5);
      expect(exitCodeFor(report)).toBe(5);
      expect(report.error?.message).toContain(
        `after ${MAX_CONSECUTIVE_WRITE_FAILURES} writes in a row failed with the API unavailable`,
      );
      // 40 Lever users plan ~40 people writes; the run gave up after the first few (plus those in flight).
      const attempted = report.failures.length;
      expect(attempted).toBeGreaterThanOrEqual(MAX_CONSECUTIVE_WRITE_FAILURES);
      expect(attempted).toBeLessThan(MAX_CONSECUTIVE_WRITE_FAILURES + h.config.sync.concurrency);
      expect(report.planned?.users.create ?? 0).toBeGreaterThan(20);
      expect(report.counts.saas.assign).toBe(0);
    },
  );

  it("a PATCH under a persistent 503 is sent only by the transport's retries, never again by the engine", async () => {
    const h = await harness({ leverUsers: 8 });
    expect((await (await h.connector()).sync()).outcome).toBe("ok");
    const someone = h.sandbox.lever.state.users().find((u) => u.deactivatedAt === null);
    h.sandbox.lever.state.updateUser(someone!.id, { name: "Renamed Person" });
    const storm = failingWrites(503, (r) => r.method === "PATCH" && /\/api\/v3\/users\//.test(r.url));
    const report = await (await h.connector({}, { fetch: storm.fetch })).sync();
    expect(report.failures.map((f) => f.action)).toEqual(["update"]);
    expect(storm.sent).toHaveLength(DEFAULT_RETRY.attempts);
    expect(report.counts.writes).toBe(1);
    // One failure is a record-level failure (exit 1), not a storm.
    expect(exitCodeFor(report)).toBe(1);
  });

  it("against the sandbox: a PATCH under a persistent 503 fault reaches Oomnitza exactly the transport's attempts", async () => {
    const h = await harness({ leverUsers: 8 });
    expect((await (await h.connector()).sync()).outcome).toBe("ok");
    const someone = h.sandbox.lever.state.users().find((u) => u.deactivatedAt === null);
    h.sandbox.lever.state.updateUser(someone!.id, { name: "Renamed Person" });
    const route = "PATCH /api/v3/users/:ident";
    h.sandbox.oomnitza.configure({ errorRate: 1, errorStatus: 503, faultRoutes: [route] });
    const before = h.sandbox.oomnitza.stats.byRoute[route] ?? 0;
    const report = await (await h.connector()).sync();
    expect(report.failures.map((f) => [f.action, f.kind])).toEqual([["update", "server"]]);
    // Counted by the server: the transport's attempts, and no second layer above it resends.
    expect((h.sandbox.oomnitza.stats.byRoute[route] ?? 0) - before).toBe(DEFAULT_RETRY.attempts);
    expect(h.sandbox.oomnitza.stats.byRouteStatus[route]?.[503]).toBe(DEFAULT_RETRY.attempts);
    expect(exitCodeFor(report)).toBe(1);
  });
});
