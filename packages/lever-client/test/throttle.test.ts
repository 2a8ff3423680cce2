import { afterEach, describe, expect, it, vi } from "vitest";
import { createLeverClient } from "../src/create-lever-client.js";
import { KEY, leverUser } from "./helpers.js";

describe("default throttle (Lever allows 10/s, burst 20; the client keeps 4 tokens of headroom)", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps 50 concurrent calls within 10/s and a burst of 16", async () => {
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    const client = createLeverClient({
      apiKey: KEY,
      fetch: async () => {
        sent.push(Date.now());
        return new Response(JSON.stringify({ data: leverUser(1) }), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      },
    });
    const all = Promise.all(Array.from({ length: 50 }, (_, i) => client.users.get(`u-${i}`)));
    await vi.runAllTimersAsync();
    const users = await all;
    expect(users).toHaveLength(50);
    expect(sent.filter((t) => t === 0)).toHaveLength(16);
    // Token-bucket invariant: any k consecutive sends span at least (k - 16) / 10 seconds.
    for (let i = 0; i < sent.length; i++) {
      for (let j = i; j < sent.length; j++) {
        expect(j - i + 1).toBeLessThanOrEqual(16 + (10 * (sent[j]! - sent[i]!)) / 1000 + 1e-9);
      }
    }
    // 34 after the burst at 10/s; the sliding-second cap shifts the tail by 1 ms, never the rate.
    expect(Math.max(...sent)).toBe(3401);
    expect(client.stats.rateLimited).toBe(0);
  });

  it("never sends more than 20 requests in any one-second window, and keeps 10/s after the burst", async () => {
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    const client = createLeverClient({
      apiKey: KEY,
      fetch: async () => {
        sent.push(Date.now());
        return new Response(JSON.stringify({ data: leverUser(1) }), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      },
    });
    const all = Promise.all(Array.from({ length: 120 }, (_, i) => client.users.get(`u-${i}`)));
    await vi.runAllTimersAsync();
    await all;
    // Closed windows [t, t + 1 s] starting at every send: the most any one second of Lever's sees.
    const most = Math.max(...sent.map((t) => sent.filter((u) => u >= t && u <= t + 1000).length));
    expect(most).toBe(20);
    // 16 at once, then one per 100 ms: the 120th request goes at (120 - 16) / 10 s, as without the window.
    expect(Math.max(...sent)).toBe(10_401);
    expect(client.stats.rateLimited).toBe(0);
  });
});
