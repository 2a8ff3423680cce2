import { describe, expect, it } from "vitest";
import { planRoleRetrieval } from "../../src/workflows/plan-role-retrieval.js";
import { lever, NOW, saas } from "./records.js";

const leverUsers = [
  lever("a", { accessRole: "admin" }),
  lever("b", { accessRole: "admin" }),
  lever("c", { accessRole: "interviewer" }),
  lever("d", { accessRole: "admin", deactivatedAt: 1_700_000_000_000 }),
  lever("e", { accessRole: "team member", email: "Eve@acme.io" }),
];

const saasUsers = [
  saas("a"),
  saas("b", { roles: { role_external_label: "admin" } }), // already right
  saas("c", { roles: [{ role_external_label: "admin" }] }), // wrong role
  saas("d"), // deactivated in Lever
  saas("e", { user_external_id: null, email: "eve@acme.io" }), // found by email
  saas("gone"), // missing in Lever
  saas("old", { status: "deactivated" }), // missing, but already deactivated in Oomnitza
];

function plan(over: Partial<Parameters<typeof planRoleRetrieval>[0]> = {}) {
  return planRoleRetrieval({
    workflow: "lever-roles",
    saasUsers,
    leverUsers,
    deactivateMissing: true,
    maxDeactivations: 10,
    now: NOW,
    ...over,
  });
}

describe("planRoleRetrieval", () => {
  it("groups role writes by role: one PATCH per role, unchanged roles left alone", () => {
    const got = plan();
    expect(got.roleWrites).toEqual([
      { role: "admin", userIds: ["u-a", "u-d"], saasUserIds: ["su-a", "su-d"] },
      { role: "interviewer", userIds: ["u-c"], saasUserIds: ["su-c"] },
      { role: "team member", userIds: ["u-e"], saasUserIds: ["su-e"] },
    ]);
    expect(got.counts).toMatchObject({ saasUsers: 7, roleWrites: 4, rolesUnchanged: 1 });
  });

  it("deactivates active SaaS users missing or deactivated in Lever", () => {
    expect(plan().deactivations).toEqual([
      {
        saasUserId: "su-d",
        userId: "u-d",
        email: "d@acme.io",
        reason: "deactivated-in-lever",
        leverUserId: "d",
      },
      {
        saasUserId: "su-gone",
        userId: "u-gone",
        email: "gone@acme.io",
        reason: "missing-in-lever",
        leverUserId: null,
      },
    ]);
  });

  it("deactivates nothing without deactivateMissing", () => {
    const got = plan({ deactivateMissing: false });
    expect(got.deactivations).toEqual([]);
    expect(got.threshold.tripped).toBe(false);
  });

  it.each([
    [2, false],
    [1, true],
    ["20%" as const, true], // 20% of 7 = 1
    ["30%" as const, false], // 30% of 7 = 2
  ])("threshold %s → tripped %s", (max, tripped) => {
    expect(plan({ maxDeactivations: max }).threshold).toMatchObject({ planned: 2, tripped });
  });

  it("skips a SaaS user whose email matches two active Lever users", () => {
    const got = plan({
      leverUsers: [lever("x1", { email: "x@acme.io" }), lever("x2", { email: "X@acme.io" })],
      saasUsers: [saas("x", { user_external_id: null })],
    });
    expect(got.skipped).toEqual([
      { saasUserId: "su-x", email: "x@acme.io", reason: "several Lever users share the email x@acme.io" },
    ]);
    expect(got.deactivations).toEqual([]);
    expect(got.roleWrites).toEqual([]);
  });

  it("is plain, stable JSON", () => {
    const got = plan();
    expect(JSON.parse(JSON.stringify(got))).toEqual(got);
    expect(plan()).toEqual(got);
  });
});
