import { describe, expect, it } from "vitest";
import { isOomnitzaIdempotent } from "../src/is-oomnitza-idempotent.js";

const u = (path: string) => new URL(`https://acme.oomnitza.com${path}`);

describe("isOomnitzaIdempotent", () => {
  it.each([
    ["GET", "/api/v3/users", true],
    ["PATCH", "/api/v3/users/u1", true],
    ["DELETE", "/api/v3/users/u1", true],
    ["PATCH", "/api/v3/saas_users/deactivate", true],
    ["PATCH", "/api/v3/saas/7/roles/users", true],
    ["POST", "/api/v3/saas/7/users", true],
    ["POST", "/api/v3/saas/7/users/u1", true],
    ["POST", "/api/v3/users", false],
    ["POST", "/api/v3/saas", false],
    ["POST", "/api/v3/saas/7/roles", false],
    ["post", "/api/v3/users", false],
  ])("%s %s → %s", (method, path, want) => {
    expect(isOomnitzaIdempotent(method, u(path))).toBe(want);
  });
});
