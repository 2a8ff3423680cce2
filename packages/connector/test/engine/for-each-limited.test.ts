import { describe, expect, it } from "vitest";
import { forEachLimited } from "../../src/engine/for-each-limited.js";

/** A call that stays in flight until the test releases it. */
function gate() {
  const waiting: Array<() => void> = [];
  return {
    waiting,
    wait: () => new Promise<void>((resolve) => waiting.push(resolve)),
    releaseAll: () => {
      for (const release of waiting.splice(0)) release();
    },
  };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("forEachLimited", () => {
  it("starts at most `concurrency` calls, in order, and only as earlier ones finish", async () => {
    const g = gate();
    const started: number[] = [];
    const run = forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      await g.wait();
    });
    await tick();
    // Only the calls in flight exist: no closure or promise per pending item is created up front.
    expect(started).toEqual([1, 2, 3]);
    expect(g.waiting).toHaveLength(3);
    g.waiting.shift()?.();
    await tick();
    expect(started).toEqual([1, 2, 3, 4]);
    while (g.waiting.length > 0) {
      g.releaseAll();
      await tick();
    }
    expect(await run).toBe(false);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("stops starting calls after an abort, lets the ones in flight finish and reports the interruption", async () => {
    const g = gate();
    const controller = new AbortController();
    const finished: number[] = [];
    const run = forEachLimited(
      [1, 2, 3, 4, 5],
      2,
      async (n) => {
        await g.wait();
        finished.push(n);
      },
      controller.signal,
    );
    await tick();
    controller.abort();
    g.releaseAll();
    expect(await run).toBe(true);
    expect(finished).toEqual([1, 2]);
  });

  it.each([
    { items: [], concurrency: 4, interrupted: false },
    { items: [1], concurrency: 16, interrupted: false },
    { items: [1, 2, 3], concurrency: 0, interrupted: false },
  ])(
    "handles $items.length items at concurrency $concurrency",
    async ({ items, concurrency, interrupted }) => {
      const seen: number[] = [];
      expect(await forEachLimited(items, concurrency, async (n) => void seen.push(n))).toBe(interrupted);
      expect(seen).toEqual(items);
    },
  );

  it("reports an interruption when aborted before the first call", async () => {
    const seen: number[] = [];
    expect(await forEachLimited([1, 2], 2, async (n) => void seen.push(n), AbortSignal.abort())).toBe(true);
    expect(seen).toEqual([]);
  });
});
