import { describe, expect, it } from "vitest";
import { workflowsConfigSchema } from "../../src/workflows/workflows-config-schema.js";

const offboard = {
  type: "lever-deactivate-users",
  rule: {
    any: [
      { field: "last_visit", op: "olderThan", value: "365d" },
      { field: "user.suspended", op: "eq", value: true },
    ],
  },
  trigger: { schedule: "0 4 * * *" },
  exempt: { emails: ["cto@acme.io"], roles: ["super admin"] },
  maxDeactivations: 10,
};

describe("workflowsConfigSchema", () => {
  it("accepts the issue's example and fills defaults", () => {
    const got = workflowsConfigSchema.parse({
      "lever-roles": { type: "saas-user-role", deactivateMissing: true, trigger: "after-sync" },
      "offboard-lever": offboard,
      pct: { type: "lever-deactivate-users", trigger: "saas-user-deactivated", maxDeactivations: "5%" },
      bare: { type: "saas-user-role" },
    });
    expect(got["lever-roles"]).toEqual({
      type: "saas-user-role",
      deactivateMissing: true,
      trigger: "after-sync",
    });
    expect(got["offboard-lever"]).toEqual(offboard);
    expect(got.pct).toEqual({
      type: "lever-deactivate-users",
      trigger: "saas-user-deactivated",
      exempt: { emails: [], roles: ["super admin"] },
      maxDeactivations: "5%",
    });
    expect(got.bare).toEqual({ type: "saas-user-role", deactivateMissing: false, trigger: "after-sync" });
  });

  it("keeps super admins exempt when only emails are listed", () => {
    const got = workflowsConfigSchema.parse({ w: { ...offboard, exempt: { emails: ["a@b.c"] } } });
    expect(got.w).toMatchObject({ exempt: { emails: ["a@b.c"], roles: ["super admin"] } });
  });

  const bad: [string, unknown, string, RegExp][] = [
    ["unknown type", { type: "delete-users" }, "w.type", /saas-user-role or lever-deactivate-users/],
    ["bad cron", { ...offboard, trigger: { schedule: "every day" } }, "w.trigger", /cron/],
    ["unknown trigger", { ...offboard, trigger: "nightly" }, "w.trigger", /after-sync/],
    ["schedule without a rule", { ...offboard, rule: undefined }, "w.rule", /rule is required/],
    [
      "after-sync without a rule",
      { ...offboard, rule: undefined, trigger: "after-sync" },
      "w.rule",
      /rule is required/,
    ],
    [
      "saas-user-assigned without a rule",
      { ...offboard, rule: undefined, trigger: "saas-user-assigned" },
      "w.rule",
      /rule is required for the saas-user-assigned trigger/,
    ],
    ["bad percent", { ...offboard, maxDeactivations: "lots" }, "w.maxDeactivations", /5%/],
    ["negative count", { ...offboard, maxDeactivations: -1 }, "w.maxDeactivations", /.+/],
    ["bad rule op", { ...offboard, rule: { field: "x", op: "like", value: 1 } }, "w.rule", /.+/],
    [
      "bad duration",
      { ...offboard, rule: { field: "last_visit", op: "olderThan", value: "a year" } },
      "w.rule",
      /.+/,
    ],
    ["unknown key", { ...offboard, exempts: {} }, "w", /exempts/],
  ];
  it.each(bad)("rejects %s at its path", (_name, workflow, path, message) => {
    const result = workflowsConfigSchema.safeParse({ w: workflow });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join(".").startsWith(path));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  it("rejects names that are not plain words", () => {
    expect(workflowsConfigSchema.safeParse({ "bad name!": { type: "saas-user-role" } }).success).toBe(false);
  });
});

describe("workflowsConfigSchema: role retrieval triggers", () => {
  it.each(["saas-user-assigned", "saas-user-deactivated"])(
    "rejects %s (role retrieval reads everyone)",
    (trigger) => {
      expect(workflowsConfigSchema.safeParse({ w: { type: "saas-user-role", trigger } }).success).toBe(false);
    },
  );
  it("accepts a schedule", () => {
    expect(
      workflowsConfigSchema.parse({ w: { type: "saas-user-role", trigger: { schedule: "0 3 * * *" } } }).w,
    ).toMatchObject({
      trigger: { schedule: "0 3 * * *" },
    });
  });
});
