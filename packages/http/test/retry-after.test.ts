import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../src/retry-after.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["7", 7000],
    ["0", 0],
    ["120", 120_000],
    ["1.5", undefined], // delta-seconds is a whole number
    ["-5", undefined], // Date.parse reads this as a day in 2001
    ["1e3", undefined],
    [" 7 ", 7000],
    ["Thursday, 01-Jan-26 00:00:05 GMT", 5000], // RFC 850
    ["Thu Jan  1 00:00:20 2026", 20_000], // asctime, always GMT
    ["2026-01-01T00:00:30Z", undefined], // not an HTTP-date
    ["Thu, 01 Jan 2026 00:00:30 GMT", 30_000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
  ])("%s → %s", (given, want) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});
