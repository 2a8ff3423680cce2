import { describe, expect, it } from "vitest";
import { saasRoleLabels } from "../../src/plan/saas-role-labels.js";
import { describeRule } from "../../src/workflows/describe-rule.js";
import { exemptionReason } from "../../src/workflows/exemption-reason.js";
import { lever } from "./records.js";

describe("saasRoleLabels", () => {
  it.each([
    ["nothing", undefined, []],
    ["null", null, []],
    ["one object", { role_id: 1, role_external_label: "admin" }, ["admin"]],
    [
      "an array",
      [{ role_external_label: "admin" }, { role_external_label: "interviewer" }],
      ["admin", "interviewer"],
    ],
    ["plain strings", ["admin"], ["admin"]],
    ["objects without a label are ignored", [{ role_id: 3 }], []],
    // One answer for the planner, the workflows and the report: the external id stands in for a missing
    // label, and the list is sorted (so "holds exactly one role" reads the same everywhere).
    ["the external id when there is no label", [{ role_external_id: "ext-admin" }], ["ext-admin"]],
    [
      "sorted",
      [{ role_external_label: "team member" }, { role_external_label: "admin" }],
      ["admin", "team member"],
    ],
  ])("%s", (_name, roles, want) => expect(saasRoleLabels(roles)).toEqual(want));
});

describe("exemptionReason", () => {
  const exempt = { emails: ["CTO@acme.io"], roles: ["Super Admin"] };
  it.each([
    [
      "exempt Lever email, any case",
      lever("cto", { email: "cto@ACME.io" }),
      null,
      "exempt email cto@ACME.io",
    ],
    [
      "exempt SaaS email",
      lever("x", { email: "other@acme.io" }),
      "cto@acme.io",
      "exempt email other@acme.io",
    ],
    ["exempt role, any case", lever("s", { accessRole: "super admin" }), null, "exempt role super admin"],
    ["not exempt", lever("t"), "t@acme.io", undefined],
  ])("%s", (_name, user, saasEmail, want) => expect(exemptionReason(exempt, user, saasEmail)).toBe(want));
});

describe("describeRule", () => {
  it.each([
    [{ field: "last_visit", op: "olderThan", value: "365d" }, "last_visit olderThan 365d"],
    [{ field: "user", op: "missing" }, "user missing"],
    [{ field: "status", op: "in", value: ["deactivated", "x"] }, "status in [deactivated, x]"],
    [
      { any: [{ field: "user.suspended", op: "eq", value: true }, { all: [{ field: "a", op: "exists" }] }] },
      "any(user.suspended eq true, all(a exists))",
    ],
  ] as const)("%j", (rule, want) => expect(describeRule(rule as never)).toBe(want));
});
