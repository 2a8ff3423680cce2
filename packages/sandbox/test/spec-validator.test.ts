import { describe, expect, it } from "vitest";
import { specValidator } from "./spec-validator.js";

// The conformance checks in the server tests are only as good as this helper: prove it can fail.
describe("specValidator", () => {
  it("rejects bodies that break the spec and accepts ones that follow it", () => {
    const lever = specValidator("lever", "/v1");
    expect(lever("GET", "/v1/users", 200, { data: [], hasNext: false })).toEqual([]);
    expect(lever("GET", "/v1/users", 200, { data: [{ id: 1 }], hasNext: false }).length).toBeGreaterThan(0);
    expect(lever("GET", "/v1/users", 400, { message: "no code" }).length).toBeGreaterThan(0);
    expect(lever("GET", "/v1/nowhere", 200, {})).toEqual(["no path in lever.yaml matches /v1/nowhere"]);
    const oom = specValidator("oomnitza");
    expect(oom("GET", "/api/v3/users", 200, [{ user_id: "a", first_name: "A" }])).toEqual([]);
    expect(oom("GET", "/api/v3/users", 200, [{ user_id: "a", first_name: null }]).length).toBeGreaterThan(0);
    expect(
      oom("PATCH", "/api/v3/saas_users/deactivate", 200, [{ saas_user_id: 1, error: null }]).length,
    ).toBeGreaterThan(0);
  });
});
