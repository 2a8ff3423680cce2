import { afterEach, describe, expect, it, vi } from "vitest";
import { createOomnitzaClient, OOMNITZA_DEFAULT_RATE_LIMIT } from "../src/index.js";

describe("default throttle (Oomnitza publishes no limit: 50/s, burst 50)", () => {
  afterEach(() => vi.useRealTimers());

  it("sends a burst of 50, then at most 50 per second", async () => {
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    const client = createOomnitzaClient({
      baseUrl: "https://acme.oomnitza.com",
      token: "test-token-0123456789",
      fetch: async () => {
        sent.push(Date.now());
        return new Response(JSON.stringify({ user_id: "u" }), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      },
    });
    const all = Promise.all(Array.from({ length: 150 }, (_, i) => client.users.get(`u-${i}`)));
    await vi.runAllTimersAsync();
    expect(await all).toHaveLength(150);
    expect(OOMNITZA_DEFAULT_RATE_LIMIT).toEqual({ perSecond: 50, burst: 50 });
    expect(sent.filter((t) => t === 0)).toHaveLength(50);
    for (let start = 0; start <= 2000; start += 20) {
      expect(sent.filter((t) => t > start && t <= start + 1000).length).toBeLessThanOrEqual(50);
    }
    expect(Math.max(...sent)).toBe(2000);
  });
});

describe("adaptive writes (the default without rateLimit)", () => {
  afterEach(() => vi.useRealTimers());

  const ok = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

  /** Sends `count` person updates from 32 callers; returns the send times and the client. */
  async function updates(options: Parameters<typeof createOomnitzaClient>[0], count: number) {
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    const client = createOomnitzaClient({
      baseUrl: "https://acme.oomnitza.com",
      token: "test-token-0123456789",
      fetch: async () => {
        sent.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 20));
        return ok({ user_id: "u" });
      },
      ...options,
    });
    let next = 0;
    const caller = async () => {
      while (next < count) await client.users.update(`u-${next++}`, { first_name: "A" });
    };
    const all = Promise.all(Array.from({ length: 32 }, caller));
    await vi.runAllTimersAsync();
    await all;
    return { sent, client };
  }

  it("writes rise above 50/s towards the ceiling while Oomnitza answers cleanly", async () => {
    const { sent, client } = await updates({}, 3000);
    const inSecond = (s: number) => sent.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length;
    // It starts at 50/s (raised by half after the first clean half second), far below the 500/s ceiling.
    expect(inSecond(0)).toBeLessThanOrEqual(5 + 25 + 38);
    expect(inSecond(4)).toBeGreaterThan(200);
    const report = client.writeRate();
    expect(report).toMatchObject({ mode: "adaptive", startPerSecond: 50, maxPerSecond: 500, cutCount: 0 });
    expect(report.reachedPerSecond).toBeGreaterThan(200);
  });

  it("maxPerSecond caps the writes", async () => {
    const { sent, client } = await updates({ maxPerSecond: 80 }, 800);
    for (let start = 0; start <= Math.max(...sent); start += 100)
      expect(sent.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(80 + 8);
    expect(client.writeRate().reachedPerSecond).toBe(80);
  });

  it("an explicit rateLimit pins a fixed budget for writes too", async () => {
    const { sent, client } = await updates({ rateLimit: { perSecond: 50, burst: 50 } }, 300);
    // Token-bucket invariant of 50/s, burst 50: by time t at most 50 + 50·t writes were sent.
    for (const [i, t] of sent.entries()) expect(i + 1).toBeLessThanOrEqual(50 + (50 * t) / 1000 + 1e-9);
    expect(Math.max(...sent)).toBeGreaterThanOrEqual(((300 - 50) / 50) * 1000 - 20);
    expect(client.writeRate()).toMatchObject({ mode: "fixed", reachedPerSecond: 50, cuts: [] });
  });

  it("reads keep the fixed 50/s while writes adapt", async () => {
    const { client } = await updates({}, 1500);
    expect(client.writeRate().reachedPerSecond).toBeGreaterThan(50);
    const sent: number[] = [];
    const reads = createOomnitzaClient({
      baseUrl: "https://acme.oomnitza.com",
      token: "test-token-0123456789",
      fetch: async () => {
        sent.push(Date.now());
        return ok({ user_id: "u" });
      },
    });
    const start = Date.now();
    const all = Promise.all(Array.from({ length: 150 }, (_, i) => reads.users.get(`u-${i}`)));
    await vi.runAllTimersAsync();
    await all;
    expect(Math.max(...sent) - start).toBe(2000);
  });
});
