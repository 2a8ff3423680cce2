import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ApiError, kindForStatus } from "../src/api-error.js";

const SECRET = "oomnitza-token-ABCDEF123456";

describe("ApiError", () => {
  const cause = new Error(`connect failed https://x.test/?access_token=${SECRET}`);
  const err = new ApiError({
    kind: "server",
    status: 500,
    code: "Internal",
    message: `GET https://x.test/?access_token=${SECRET} failed`,
    method: "GET",
    url: `https://x.test/?access_token=${SECRET}`,
    body: { message: `bad token ${SECRET}` },
    cause,
    secrets: [SECRET],
  });

  it.each([
    ["message", () => err.message],
    ["stack", () => err.stack ?? ""],
    ["toString()", () => err.toString()],
    ["JSON.stringify", () => JSON.stringify(err)],
    ["util.inspect (incl. cause)", () => inspect(err, { depth: 5 })],
    ["url", () => err.url],
    ["body", () => JSON.stringify(err.body)],
  ])("keeps the secret out of %s", (_name, read) => {
    const text = read();
    expect(text).not.toContain(SECRET);
  });

  it("keeps the useful parts", () => {
    expect(err.message).toContain("[REDACTED]");
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      kind: "server",
      status: 500,
      code: "Internal",
      method: "GET",
      retriable: true,
      cause: { name: "Error" },
    });
    expect(err).toBeInstanceOf(Error);
  });

  it.each([
    [400, "bad-request", false],
    [401, "auth", false],
    [403, "permission", false],
    [404, "not-found", false],
    [409, "conflict", false],
    [422, "bad-request", false],
    [429, "rate-limited", true],
    [503, "server", true],
  ] as const)("status %i → %s (retriable %s)", (status, kind, retriable) => {
    expect(kindForStatus(status)).toBe(kind);
    expect(new ApiError({ kind, message: "m", method: "GET", url: "u" }).retriable).toBe(retriable);
  });
});
