import { describe, expect, it } from "vitest";
import { REDACTED, redact, redactValue } from "../src/redact.js";

const KEY = "sk_live_Ab+C/d=9";

describe("redact", () => {
  it.each([
    ["verbatim", `key ${KEY} here`, `key ${REDACTED} here`],
    ["URL-encoded", `?k=${encodeURIComponent(KEY)}`, `?k=${REDACTED}`],
    ["Basic header", `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`, `Basic ${REDACTED}`],
    ["repeated", `${KEY}${KEY}`, `${REDACTED}${REDACTED}`],
    ["absent", "nothing secret", "nothing secret"],
  ])("%s", (_name, given, want) => {
    expect(redact(given, [KEY])).toBe(want);
  });

  it("ignores empty secrets instead of redacting between every character", () => {
    expect(redact("abc", ["", KEY])).toBe("abc");
  });

  it("redacts strings nested in a value", () => {
    expect(redactValue({ a: [`x${KEY}`], n: 1 }, [KEY])).toEqual({ a: [`x${REDACTED}`], n: 1 });
  });
});
