import { describe, expect, it } from "vitest";
import { fullJitterDelay } from "../src/backoff.js";

const base = { baseDelayMs: 500, maxDelayMs: 30_000 };

describe("fullJitterDelay", () => {
  it.each([
    [1, 0.999, 499],
    [2, 0.5, 500],
    [4, 0.5, 2000],
    [20, 0.5, 15_000],
    [3, 0, 0],
  ])("attempt %i with random %f → %i ms", (attempt, random, want) => {
    expect(fullJitterDelay(attempt, { ...base, random: () => random })).toBe(want);
  });
});
