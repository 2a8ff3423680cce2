import { describe, expect, it } from "vitest";
import { createTransport, type TransportOptions } from "../src/create-transport.js";
import { TransportOptionError } from "../src/transport-option-error.js";

const base: TransportOptions = { service: "lever", baseUrl: "https://api.example.test", secrets: [] };

describe("createTransport refuses out-of-range options before any request", () => {
  it.each([
    [
      "timeoutMs past Node's timer limit (it would fire after 1 ms)",
      { timeoutMs: 3_000_000_000 },
      "timeoutMs",
    ],
    ["timeoutMs 0", { timeoutMs: 0 }, "timeoutMs"],
    ["a fractional timeoutMs", { timeoutMs: 1.5 }, "timeoutMs"],
    [
      "rateLimit.perSecond 1e-9 (one request every 31 years)",
      { rateLimit: { perSecond: 1e-9, burst: 1 } },
      "rateLimit.perSecond",
    ],
    ["rateLimit.perSecond NaN", { rateLimit: { perSecond: Number.NaN, burst: 1 } }, "rateLimit.perSecond"],
    ["rateLimit.burst 0.5", { rateLimit: { perSecond: 1, burst: 0.5 } }, "rateLimit.burst"],
    ["maxBodyBytes 10", { maxBodyBytes: 10 }, "maxBodyBytes"],
    ["maxBodyBytes above 512 MiB", { maxBodyBytes: 2 ** 31 }, "maxBodyBytes"],
    ["retry.attempts 0", { retry: { attempts: 0 } }, "retry.attempts"],
    ["retry.maxDelayMs past the timer limit", { retry: { maxDelayMs: 1e12 } }, "retry.maxDelayMs"],
  ] as const)("%s", (_name, extra, option) => {
    const thrown = (() => {
      try {
        createTransport({ ...base, ...extra } as TransportOptions);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(TransportOptionError);
    expect((thrown as TransportOptionError).option).toBe(option);
    expect((thrown as Error).message).toMatch(new RegExp(`^${option.replace(".", "\\.")} must be .* from `));
  });

  it("accepts the edges of every range", () => {
    expect(() =>
      createTransport({
        ...base,
        timeoutMs: 2_147_483_647,
        maxBodyBytes: 512 * 1024 * 1024,
        rateLimit: { perSecond: 0.1, burst: 1 },
      }),
    ).not.toThrow();
  });
});
