import { describe, expect, it } from "vitest";
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from "../../src/cli/limit-heap-growth.js";

describe("limitHeapGrowth (the CLI caps V8's heap growth past the live data)", () => {
  it.each([
    ["--max-old-space-size=512", false],
    ["--trace-warnings --heap-growing-percent=80", false],
    ["--trace-warnings", true],
    ["", true],
  ])("NODE_OPTIONS %j → sets the cap: %s", (nodeOptions, sets) => {
    expect(limitHeapGrowth(nodeOptions)).toBe(sets);
  });

  it("is a modest growth, not V8's up-to-4× default", () => {
    expect(HEAP_GROWING_PERCENT).toBeGreaterThan(0);
    expect(HEAP_GROWING_PERCENT).toBeLessThanOrEqual(100);
  });
});
