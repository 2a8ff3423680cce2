import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../src/index.js";
import { basic, testClient } from "../client.js";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(o: Parameters<typeof startSandbox>[0] = {}) {
  sandbox = await startSandbox({ seed: 9, leverUsers: 30, now: Date.UTC(2026, 0, 1), ...o });
  return {
    s: sandbox,
    lever: testClient(sandbox.lever.baseUrl, basic(sandbox.lever.credentials.apiKey)),
    oom: testClient(sandbox.oomnitza.baseUrl, { authorization2: sandbox.oomnitza.credentials.token }),
  };
}
const person = (n: string) => ({ username: `${n}@acme.example`, email: `${n}@acme.example`, role: 25 });

describe("Lever token bucket (10/s, burst 20, per key)", () => {
  it("allows a burst of 20, answers 429 without Retry-After, refills at 10/s and counts per key", async () => {
    let t = 0;
    const { s, lever } = await start({ lever: { now: () => t } });
    const statuses = [];
    for (let i = 0; i < 21; i++) statuses.push((await lever.call("GET", "/users?limit=1")).status);
    expect(statuses.slice(0, 20).every((x) => x === 200)).toBe(true);
    const limited = lever.log.at(-1);
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get("retry-after")).toBeNull();
    expect(limited?.body).toMatchObject({ code: "TooManyRequests" });
    const other = testClient(s.lever.baseUrl, basic(s.lever.credentials.limitedApiKey));
    expect((await other.call("GET", "/users?limit=1")).status).toBe(200);
    t += 100;
    expect((await lever.call("GET", "/users?limit=1")).status).toBe(200);
    expect((await lever.call("GET", "/users?limit=1")).status).toBe(429);
    expect(s.lever.stats.rateLimited).toBe(2);
    expect(s.lever.stats.maxPerSecond).toEqual({ apiKey: 23, limitedApiKey: 1 });
  });
});

describe("Oomnitza rate limit", () => {
  it("is off by default and, once configured, answers 429 with Retry-After (optionally for writes only)", async () => {
    let t = 0;
    const { s, oom } = await start({ oomnitza: { now: () => t } });
    for (let i = 0; i < 30; i++) expect((await oom.call("GET", "/api/v3/saas")).status).toBe(200);
    s.oomnitza.configure({ rateLimit: { perSecond: 2, burst: 2, writesOnly: true } });
    expect((await oom.call("POST", "/api/v3/users", person("a"))).status).toBe(200);
    expect((await oom.call("POST", "/api/v3/users", person("b"))).status).toBe(200);
    const limited = await oom.call("POST", "/api/v3/users", person("c"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(s.oomnitza.state.findUsers("email", "c@acme.example")).toEqual([]);
    expect((await oom.call("GET", "/api/v3/users?limit=1")).status).toBe(200);
    t += 500;
    expect((await oom.call("POST", "/api/v3/users", person("c"))).status).toBe(200);
    expect(() => s.oomnitza.configure({ rateLimit: { perSecond: 0, burst: 1 } })).toThrow(/perSecond/);
  });
});

describe("faults", () => {
  it("errorRate answers 500/503 and changes nothing", async () => {
    const { s, oom } = await start({ oomnitza: { faults: { errorRate: 1 } } });
    const before = s.oomnitza.state.snapshot();
    const r = await oom.call("POST", "/api/v3/users", person("e"));
    expect([500, 503]).toContain(r.status);
    expect(s.oomnitza.state.snapshot()).toEqual(before);
    expect(s.oomnitza.stats.faults.error).toBe(1);
    expect(s.oomnitza.stats.writes).toBe(0);
  });

  it("resetRate drops the connection and changes nothing", async () => {
    const { s } = await start({ lever: { faults: { resetRate: 1 } } });
    const count = s.lever.state.count();
    await expect(
      fetch(`${s.lever.baseUrl}/users`, {
        method: "POST",
        headers: { ...basic(s.lever.credentials.apiKey), "content-type": "application/json" },
        body: JSON.stringify({ name: "R", email: "r@acme.example" }),
      }),
    ).rejects.toThrow();
    expect(s.lever.state.count()).toBe(count);
    expect(s.lever.stats.faults.reset).toBe(1);
  });

  it("malformedRate answers 200 with an unparsable body and changes nothing", async () => {
    const { s } = await start({ oomnitza: { faults: { malformedRate: 1 } } });
    const before = s.oomnitza.state.users().length;
    const res = await fetch(`${s.oomnitza.baseUrl}/api/v3/users`, {
      method: "POST",
      headers: { authorization2: s.oomnitza.credentials.token, "content-type": "application/json" },
      body: JSON.stringify(person("m")),
    });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    expect(s.oomnitza.state.users().length).toBe(before);
  });

  it("latencyMs and jitterMs delay every answer by latency ± jitter (seeded), and change nothing", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const { s, oom, lever } = await start({
      oomnitza: { sleep, faults: { latencyMs: 40, jitterMs: 20 } },
      lever: { sleep, faults: { latencyMs: 15, rateLimit: false } },
    });
    const before = s.oomnitza.state.users().length;
    for (let i = 0; i < 20; i++) expect((await oom.call("GET", "/api/v3/users?limit=1")).status).toBe(200);
    expect(waits).toHaveLength(20);
    for (const ms of waits) expect(ms >= 20 && ms <= 60).toBe(true);
    expect(new Set(waits).size).toBeGreaterThan(1);
    waits.length = 0;
    expect((await lever.call("GET", "/users?limit=1")).status).toBe(200);
    expect(waits).toEqual([15]);
    expect(s.oomnitza.state.users()).toHaveLength(before);
    expect(s.oomnitza.configure({ latencyMs: 0, jitterMs: 0 })).toMatchObject({ latencyMs: 0, jitterMs: 0 });
    waits.length = 0;
    await oom.call("GET", "/api/v3/users?limit=1");
    expect(waits).toEqual([]);
    expect(() => s.oomnitza.configure({ latencyMs: -1 })).toThrow(/latencyMs must be a number/);
  });

  it("writeThenFail applies the write and answers 503, and never hits reads", async () => {
    const { s, oom, lever } = await start({
      oomnitza: { faults: { writeThenFailRate: 1 } },
      lever: { faults: { writeThenFailRate: 1, rateLimit: false } },
    });
    expect((await oom.call("GET", "/api/v3/users?limit=1")).status).toBe(200);
    const r = await oom.call("POST", "/api/v3/users", person("w"));
    expect(r.status).toBe(503);
    expect(s.oomnitza.state.findUsers("email", "W@acme.example")).toHaveLength(1);
    // A blind retry of the create meets the uniqueness check: the record exists once.
    const retry = await oom.call("POST", "/api/v3/users", person("w"));
    expect(retry.status).toBe(400);
    expect(s.oomnitza.state.findUsers("email", "w@acme.example")).toHaveLength(1);
    expect((await lever.call("POST", "/users", { name: "W", email: "w@acme.example" })).status).toBe(503);
    expect(s.lever.state.findByEmail("w@acme.example")).toBeDefined();
    expect(s.oomnitza.stats.faults.writeThenFail).toBe(1);
  });

  it("is deterministic: the same seed gives the same fault sequence", async () => {
    const run = async () => {
      const { oom } = await start({ oomnitza: { faults: { errorRate: 0.3, malformedRate: 0.2 } } });
      const out: string[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await fetch(`${sandbox?.oomnitza.baseUrl}/api/v3/saas`, {
          headers: { authorization2: sandbox?.oomnitza.credentials.token as string },
        });
        const text = await res.text();
        out.push(
          `${res.status}:${text.startsWith('[{"user_id":"') && !text.endsWith("]") ? "malformed" : "ok"}`,
        );
      }
      void oom;
      await sandbox?.close();
      sandbox = undefined;
      return out;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(1);
  });

  it("records requests per route and status and can be reset", async () => {
    const { s, lever } = await start({ lever: { faults: { rateLimit: false } } });
    await lever.call("GET", "/users?limit=2");
    await lever.call("GET", `/users/${s.lever.state.users()[0]?.id}`);
    await lever.call("GET", "/users/nope");
    expect(s.lever.stats.byRoute).toEqual({ "GET /v1/users": 1, "GET /v1/users/:id": 2 });
    expect(s.lever.stats.byRouteStatus["GET /v1/users/:id"]).toEqual({ "200": 1, "404": 1 });
    expect(JSON.stringify(s.lever.stats)).not.toContain(s.lever.credentials.apiKey);
    s.lever.resetStats();
    expect(s.lever.stats.requests).toBe(0);
    expect(() => s.lever.configure({ errorRate: 2 })).toThrow(/errorRate must be between 0 and 1/);
  });
});

describe("faults limited to routes, with a fixed status", () => {
  it("faultRoutes + errorStatus: only that route answers 503, every time; the rest is untouched", async () => {
    const { s, oom } = await start();
    expect((await oom.call("POST", "/api/v3/users", person("ana"))).status).toBe(200);
    const id = String(s.oomnitza.state.findUsers("email", "ana@acme.example")[0]?.user_id);
    s.oomnitza.configure({ errorRate: 1, errorStatus: 503, faultRoutes: ["PATCH /api/v3/users/:ident"] });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await oom.call("PATCH", `/api/v3/users/${id}`, { first_name: "A" })).status);
    expect(statuses).toEqual([503, 503, 503, 503, 503]);
    expect((await oom.call("GET", `/api/v3/users/${id}`)).status).toBe(200);
    expect(s.oomnitza.state.getUser(id)?.first_name).not.toBe("A");
    expect(() => s.oomnitza.configure({ errorStatus: 502 as never })).toThrow(
      /errorStatus must be 500, 503 or null/,
    );
  });
});
