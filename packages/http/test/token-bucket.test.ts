import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TokenBucket } from "../src/token-bucket.js";

/** The most grants inside any closed window `[t, t + ms]`. */
function maxInAnyWindow(times: number[], ms: number): number {
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! > ms) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

describe("TokenBucket", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  async function grantTimes(bucket: TokenBucket, callers: number): Promise<number[]> {
    const times: number[] = [];
    const all = Promise.all(
      Array.from({ length: callers }, () => bucket.take().then(() => times.push(Date.now()))),
    );
    await vi.runAllTimersAsync();
    await all;
    return times;
  }

  it("keeps 50 concurrent callers within 10/s with a burst of 20", async () => {
    const times = await grantTimes(new TokenBucket({ perSecond: 10, burst: 20 }), 50);
    expect(times).toHaveLength(50);
    expect(times.filter((t) => t === 0)).toHaveLength(20);
    // Token-bucket invariant: any k consecutive grants span at least (k - burst) / rate seconds.
    for (let i = 0; i < times.length; i++) {
      for (let j = i; j < times.length; j++) {
        const spanSeconds = (times[j]! - times[i]!) / 1000;
        expect(j - i + 1).toBeLessThanOrEqual(20 + 10 * spanSeconds + 1e-9);
      }
    }
    // After the burst the steady rate is exactly 10/s: one token every 100 ms.
    expect(times.filter((t) => t >= 1000 && t < 2000)).toHaveLength(10);
    expect(times.at(-1)).toBe(3000);
  });

  it("serves waiters in arrival order", async () => {
    const bucket = new TokenBucket({ perSecond: 2, burst: 1 });
    const order: number[] = [];
    const all = Promise.all([0, 1, 2, 3].map((n) => bucket.take().then(() => order.push(n))));
    await vi.runAllTimersAsync();
    await all;
    expect(order).toEqual([0, 1, 2, 3]);
    expect(Date.now()).toBe(1500);
  });

  it("refills while idle but never above the burst", async () => {
    const bucket = new TokenBucket({ perSecond: 10, burst: 5 });
    await grantTimes(bucket, 5);
    vi.setSystemTime(60_000);
    const times = await grantTimes(bucket, 7);
    expect(times.filter((t) => t === 60_000)).toHaveLength(5);
    expect(times.at(-1)).toBe(60_200);
  });

  it("with maxInAnySecond, never grants more than that in any sliding second, and keeps the steady rate", async () => {
    // Lever: 10/s, "bursts up to 20 requests per second". A bucket of 18 alone grants 28 in the first second.
    const plain = await grantTimes(new TokenBucket({ perSecond: 10, burst: 18 }), 60);
    expect(maxInAnyWindow(plain, 1000)).toBe(28);

    vi.setSystemTime(0);
    const bucket = new TokenBucket({ perSecond: 10, burst: 18, maxInAnySecond: 20 });
    const times = await grantTimes(bucket, 200);
    expect(times).toHaveLength(200);
    expect(maxInAnyWindow(times, 1000)).toBe(20);
    // Steady state unchanged: 10/s once the burst is spent (200 grants: 18 at once, then 182 at 10/s).
    const steady = times.filter((t) => t >= 5000);
    expect(steady.length).toBeGreaterThan(100);
    const span = (steady.at(-1)! - steady[0]!) / 1000;
    expect((steady.length - 1) / span).toBeCloseTo(10, 5);
    expect(times.at(-1)).toBeLessThanOrEqual(plain.at(-1)! + 140 * 100 + 1000);
  });

  it.each([
    [{ perSecond: 0, burst: 1 }, /perSecond/],
    [{ perSecond: 1, burst: 1, maxInAnySecond: 0 }, /maxInAnySecond/],
    [{ perSecond: 1, burst: 0 }, /burst/],
  ])("rejects %o", (options, message) => {
    expect(() => new TokenBucket(options)).toThrow(message);
  });
});

describe("TokenBucket.drain", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("empties a full bucket, so the next take waits one refill instead of bursting", async () => {
    const bucket = new TokenBucket({ perSecond: 10, burst: 20 });
    await bucket.take();
    bucket.drain();
    const times: number[] = [];
    const all = Promise.all([1, 2, 3].map(() => bucket.take().then(() => times.push(Date.now()))));
    await vi.runAllTimersAsync();
    await all;
    expect(times).toEqual([100, 200, 300]);
  });
});
