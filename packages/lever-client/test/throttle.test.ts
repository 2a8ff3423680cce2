import { afterEach, describe, expect, it, vi } from "vitest";
import { createLeverClient } from "../src/create-lever-client.js";
import { KEY, leverUser } from "./helpers.js";

describe("default throttle (Lever allows 10/s, burst 20; the client keeps 2 tokens of headroom)", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps 50 concurrent calls within 10/s and a burst of 18", async () => {
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
    expect(sent.filter((t) => t === 0)).toHaveLength(18);
    for (let start = 0; start <= 3000; start += 50) {
      // After the initial burst no 1-second window holds more than 10 requests.
      expect(sent.filter((t) => t > start && t <= start + 1000).length).toBeLessThanOrEqual(10);
    }
    expect(Math.max(...sent)).toBe(3200);
    expect(client.stats.rateLimited).toBe(0);
  });
});
