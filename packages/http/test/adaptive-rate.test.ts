import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ADAPTIVE_DEFAULT_MAX_PER_SECOND,
  AdaptiveRate,
  type AdaptiveRateOptions,
} from "../src/adaptive-rate.js";

/** How a simulated server answers a write sent at `at` (ms on the fake clock). */
type Server = (at: number) => { status: number; latencyMs: number; retryAfterMs?: number } | "timeout";

/** A server-side token bucket: `perSecond` steady, `burst` deep, 429 with a whole-second Retry-After. */
function limitedServer(perSecond: number, burst: number, latencyMs = 20, from = 0, until = Infinity): Server {
  let tokens = burst;
  let at = 0;
  return (now) => {
    if (now < from || now >= until) return { status: 200, latencyMs };
    tokens = Math.min(burst, tokens + ((now - at) * perSecond) / 1000);
    at = now;
    if (tokens >= 1) {
      tokens -= 1;
      return { status: 200, latencyMs };
    }
    const wait = ((1 - tokens) * 1000) / perSecond;
    return { status: 429, latencyMs: 1, retryAfterMs: Math.max(1000, Math.ceil(wait / 1000) * 1000) };
  };
}

/** A seeded pseudo-random source (mulberry32), so the "random" faults are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  rate: AdaptiveRate;
  /** The rate sampled every 100 ms. */
  samples: { at: number; perSecond: number }[];
  sent: number;
  ok: number;
  rateLimited: number;
  /** Send times of the writes answered 2xx. */
  okTimes: number[];
}

/** `writers` concurrent writers, each sending one write after another for `seconds` on the fake clock. */
async function simulate(
  server: Server,
  seconds: number,
  options: AdaptiveRateOptions = {},
  writers = 64,
): Promise<Run> {
  const rate = new AdaptiveRate(options);
  const end = seconds * 1000;
  const run: Run = { rate, samples: [], sent: 0, ok: 0, rateLimited: 0, okTimes: [] };
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const writer = async () => {
    while (Date.now() < end) {
      const sentAt = await rate.take();
      if (sentAt >= end) return;
      run.sent++;
      const answer = server(sentAt);
      if (answer === "timeout") {
        await wait(1000);
        rate.observe({ sentAt, timedOut: true });
        continue;
      }
      await wait(answer.latencyMs);
      if (answer.status === 200) {
        run.ok++;
        run.okTimes.push(sentAt);
      }
      if (answer.status === 429) run.rateLimited++;
      rate.observe({
        sentAt,
        status: answer.status,
        ...(answer.retryAfterMs ? { retryAfterMs: answer.retryAfterMs } : {}),
      });
    }
  };
  const sampler = setInterval(() => run.samples.push({ at: Date.now(), perSecond: rate.perSecond }), 100);
  const all = Promise.all(Array.from({ length: writers }, writer));
  await vi.advanceTimersByTimeAsync(end);
  clearInterval(sampler);
  // Writers still queued for a token return once they get it.
  await vi.runAllTimersAsync();
  await all;
  return run;
}

const between = (run: Run, from: number, to: number) =>
  run.samples.filter((s) => s.at >= from * 1000 && s.at < to * 1000).map((s) => s.perSecond);

describe("AdaptiveRate", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("ramps up from 50/s to the default ceiling while answers are clean, and never cuts", async () => {
    const run = await simulate(() => ({ status: 200, latencyMs: 20 }), 20);
    const rates = run.samples.map((s) => s.perSecond);
    expect(rates[0]).toBe(50);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThanOrEqual(rates[i - 1]!);
    expect(Math.max(...rates)).toBe(ADAPTIVE_DEFAULT_MAX_PER_SECOND);
    // The fast phase gets there within a few seconds, and the writes follow the rate.
    expect(between(run, 5, 20).every((r) => r === ADAPTIVE_DEFAULT_MAX_PER_SECOND)).toBe(true);
    expect(run.okTimes.filter((t) => t >= 10_000 && t < 20_000).length).toBeGreaterThan(4500);
    const report = run.rate.report();
    expect(report).toMatchObject({
      mode: "adaptive",
      startPerSecond: 50,
      reachedPerSecond: 500,
      cutCount: 0,
    });
    expect(report.settledPerSecond).toBe(500);
  });

  it("never goes above the configured maxPerSecond", async () => {
    const run = await simulate(() => ({ status: 200, latencyMs: 20 }), 10, { maxPerSecond: 120 });
    expect(Math.max(...run.samples.map((s) => s.perSecond))).toBe(120);
    expect(run.okTimes.filter((t) => t >= 5000 && t < 10_000).length).toBeLessThanOrEqual(120 * 5 + 12);
  });

  it("does not raise a rate the writers do not use (few writers, slow answers)", async () => {
    // 2 writers at 100 ms each send 20/s at most: a 50/s budget is never the bottleneck.
    const run = await simulate(() => ({ status: 200, latencyMs: 100 }), 10, {}, 2);
    expect(Math.max(...run.samples.map((s) => s.perSecond))).toBe(50);
  });

  it("cuts to 80 % on a 429 and pauses every write for its Retry-After", async () => {
    const run = await simulate(limitedServer(120, 20), 6);
    const cut = run.rate.report().cuts[0];
    expect(cut?.reason).toBe("429");
    expect(cut!.toPerSecond).toBeCloseTo(cut!.fromPerSecond * 0.8, 0);
    // The first 429 paused everybody for its Retry-After (1 s): no write was sent in the second after it.
    const cutAt = Date.parse(cut!.at);
    const sentDuringPause = run.okTimes.filter((t) => t > cutAt + 50 && t < cutAt + 950);
    expect(sentDuringPause).toEqual([]);
  });

  it("settles near a hidden limit of 120/s with few 429s", async () => {
    const run = await simulate(limitedServer(120, 20), 60);
    const report = run.rate.report();
    expect(report.settledPerSecond).toBeGreaterThanOrEqual(0.85 * 120);
    expect(report.settledPerSecond).toBeLessThanOrEqual(1.1 * 120);
    expect(run.rateLimited / run.sent).toBeLessThanOrEqual(0.02);
    // What the server accepted over the last 40 s, per second: most of its limit.
    const accepted = run.okTimes.filter((t) => t >= 20_000).length / 40;
    expect(accepted).toBeGreaterThanOrEqual(0.85 * 120);
    expect(report.cuts.every((c) => c.reason === "429")).toBe(true);
  });

  it("does not oscillate on a steady limit: cuts are seconds apart and few", async () => {
    const run = await simulate(limitedServer(120, 20), 60);
    const cuts = run.rate.report().cuts.map((c) => Date.parse(c.at));
    const steady = cuts.filter((t) => t >= 10_000);
    expect(steady.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < steady.length; i++) expect(steady[i]! - steady[i - 1]!).toBeGreaterThanOrEqual(3000);
  });

  it("recovers once the limit is lifted", async () => {
    const run = await simulate(limitedServer(100, 20, 20, 0, 15_000), 45);
    expect(Math.max(...between(run, 5, 15))).toBeLessThan(140);
    expect(Math.max(...between(run, 40, 45))).toBeGreaterThan(200);
  });

  it("isolated random 503s (5 %) and 500s (5 %) do not sink it to the floor", async () => {
    const random = seeded(7);
    const server: Server = () => {
      const r = random();
      return { status: r < 0.05 ? 503 : r < 0.1 ? 500 : 200, latencyMs: 20 };
    };
    const run = await simulate(server, 30);
    expect(Math.min(...between(run, 20, 30))).toBeGreaterThan(200);
  });

  it("cuts on a window of 503s", async () => {
    const run = await simulate((at) => ({ status: at > 3000 && at < 4000 ? 503 : 200, latencyMs: 20 }), 5);
    expect(run.rate.report().cuts[0]?.reason).toBe("503");
  });

  it("cuts on timeouts", async () => {
    const run = await simulate(
      (at) => (at > 3000 && at < 4000 ? "timeout" : { status: 200, latencyMs: 20 }),
      6,
    );
    expect(run.rate.report().cuts[0]?.reason).toBe("timeout");
  });

  it("cuts on a clear latency rise, not on steady latency", async () => {
    const run = await simulate((at) => ({ status: 200, latencyMs: at > 4000 ? 300 : 20 }), 8, {}, 256);
    const cuts = run.rate.report().cuts;
    expect(cuts[0]?.reason).toBe("latency");
    expect(Date.parse(cuts[0]!.at)).toBeGreaterThan(4000);
  });

  it("never cuts below the floor", async () => {
    const run = await simulate(() => ({ status: 503, latencyMs: 20 }), 30, { minPerSecond: 10 });
    expect(Math.min(...run.samples.map((s) => s.perSecond))).toBe(10);
  });

  it("rejects a ceiling that is not a positive number", () => {
    expect(() => new AdaptiveRate({ maxPerSecond: 0 })).toThrow(/maxPerSecond must be > 0/);
  });
});
