import { describe, expect, it } from "vitest";
import { isLeverIdempotent } from "../src/is-lever-idempotent.js";

describe("isLeverIdempotent", () => {
  it.each([
    ["GET", "/v1/users", true],
    ["PUT", "/v1/users/u1", true],
    ["POST", "/v1/users/u1/deactivate", true],
    ["POST", "/v1/users/u1/reactivate", true],
    ["POST", "/v1/users", false],
    ["POST", "/v1/users/u1/other", false],
  ])("%s %s → %s", (method, path, want) => {
    expect(isLeverIdempotent(method, new URL(path, "https://api.lever.co"))).toBe(want);
  });
});
