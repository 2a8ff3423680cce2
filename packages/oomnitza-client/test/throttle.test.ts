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
