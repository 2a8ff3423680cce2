import { describe, expect, it } from "vitest";
import { planLeverDeactivations } from "../../src/workflows/plan-lever-deactivations.js";
import { workflowSnapshot } from "../../src/workflows/workflow-snapshot.js";
import { DAY_S, lever, NOW, nowS, person, saas } from "./records.js";

const rule = {
  any: [
    { field: "last_visit", op: "olderThan", value: "365d" },
    { field: "user.suspended", op: "eq", value: true },
    { field: "status", op: "eq", value: "deactivated" },
  ],
} as const;

const leverUsers = [
  lever("recent"),
  lever("stale"),
  lever("susp"),
  lever("both"),
  lever("off"),
  lever("boss", { accessRole: "super admin" }),
  lever("cto"),
  lever("done", { deactivatedAt: 1 }),
  lever("half", { deactivatedAt: 1 }),
];
const saasUsers = [
  saas("recent"),
  saas("stale", { last_visit: nowS - 400 * DAY_S }),
  saas("susp"),
  saas("both", { last_visit: nowS - 366 * DAY_S }),
  saas("off", { status: "deactivated" }),
  saas("boss", { last_visit: nowS - 900 * DAY_S }),
  saas("cto", { last_visit: nowS - 900 * DAY_S }),
  saas("done", { last_visit: nowS - 900 * DAY_S, status: "deactivated" }),
  saas("half", { last_visit: nowS - 900 * DAY_S }),
  saas("ghost", { last_visit: nowS - 900 * DAY_S }),
  saas("never", { last_visit: null }),
];
const persons = [
  person("recent"),
  person("stale"),
  person("susp", { suspended: true }),
  person("both", { suspended: true }),
];

type Input = Parameters<typeof planLeverDeactivations>[0];
function plan(over: Partial<Input> = {}) {
  return planLeverDeactivations({
    workflow: "offboard-lever",
    saasUsers,
    persons,
    leverUsers,
    rule: rule as never,
    exempt: { emails: ["CTO@acme.io"], roles: ["super admin"] },
    maxDeactivations: 10,
    trigger: { schedule: "0 4 * * *" },
    previous: undefined,
    now: NOW,
    ...over,
  });
}
const pick = (list: { saasUserId: string; reason: string }[]) =>
  list.map((item) => [item.saasUserId, item.reason]);

describe("planLeverDeactivations", () => {
  it("selects exactly the users the rule names, with the rule that selected each", () => {
    const got = plan();
    expect(
      got.deactivations.map((d) => [d.saasUserId, d.leverUserId, d.reason, d.lever, d.oomnitza]),
    ).toEqual([
      ["su-stale", "stale", "last_visit olderThan 365d", "deactivate", "deactivate"],
      ["su-susp", "susp", "user.suspended eq true", "deactivate", "deactivate"],
      ["su-both", "both", "last_visit olderThan 365d; user.suspended eq true", "deactivate", "deactivate"],
      ["su-off", "off", "status eq deactivated", "deactivate", "already-deactivated"],
      ["su-half", "half", "last_visit olderThan 365d", "already-deactivated", "deactivate"],
    ]);
    expect(got.deactivations[0]?.rules).toEqual([rule.any[0]]);
  });

  it("leaves exempt, already-deactivated and unmatched users alone, saying why", () => {
    const got = plan();
    expect(pick(got.exempt)).toEqual([
      ["su-boss", "exempt role super admin"],
      ["su-cto", "exempt email cto@acme.io"],
    ]);
    expect(pick(got.alreadyDeactivated)).toEqual([["su-done", "already deactivated in Lever and Oomnitza"]]);
    expect(pick(got.skipped)).toEqual([["su-ghost", "no Lever user has this id or email"]]);
    expect(got.counts).toEqual({
      saasUsers: 11,
      triggered: 11,
      selected: 9,
      deactivations: 5,
      alreadyDeactivated: 1,
      exempt: 2,
      skipped: 1,
    });
  });

  it("selects a person that is gone with { field: user, op: missing }", () => {
    const got = plan({ rule: { field: "user", op: "missing" }, exempt: { emails: [], roles: [] } });
    expect(got.deactivations.map((d) => d.saasUserId)).toEqual(["su-off", "su-boss", "su-cto", "su-half"]);
  });

  it.each([
    [5, false],
    [4, true],
    ["50%" as const, false], // 5 of 11
    ["40%" as const, true], // 4 of 11
  ])("maxDeactivations %s → tripped %s", (max, tripped) => {
    expect(plan({ maxDeactivations: max }).threshold).toMatchObject({ planned: 5, tripped });
  });

  it("an event trigger's first run fires nothing and says it records a baseline", () => {
    const got = plan({ trigger: "saas-user-deactivated", rule: undefined });
    expect(got.baseline).toBe(true);
    expect(got.deactivations).toEqual([]);
  });

  it("saas-user-deactivated fires for the newly deactivated user only, once", () => {
    const previous = workflowSnapshot("offboard-lever", saasUsers, NOW);
    const now = saasUsers.map((user) =>
      user.saas_user_id === "su-recent" ? { ...user, status: "deactivated" } : user,
    );
    const first = plan({ trigger: "saas-user-deactivated", rule: undefined, saasUsers: now, previous });
    expect(first.deactivations.map((d) => [d.saasUserId, d.reason, d.lever, d.oomnitza])).toEqual([
      ["su-recent", "saas-user-deactivated", "deactivate", "already-deactivated"],
    ]);
    const again = plan({
      trigger: "saas-user-deactivated",
      rule: undefined,
      saasUsers: now,
      previous: workflowSnapshot("offboard-lever", now, NOW),
    });
    expect(again.counts.triggered).toBe(0);
  });

  it("saas-user-assigned applies the rule to new SaaS users only", () => {
    const previous = workflowSnapshot("offboard-lever", saasUsers.slice(0, 2), NOW);
    const got = plan({ trigger: "saas-user-assigned", previous });
    expect(got.counts.triggered).toBe(9);
    expect(got.deactivations.map((d) => d.saasUserId)).toEqual(["su-susp", "su-both", "su-off", "su-half"]);
  });

  it("is idempotent: once both sides are deactivated the plan is empty", () => {
    const first = plan();
    const done = new Set(first.deactivations.map((d) => d.leverUserId));
    const leverAfter = leverUsers.map((user) => (done.has(user.id) ? { ...user, deactivatedAt: 2 } : user));
    const saasAfter = saasUsers.map((user) =>
      first.deactivations.some((d) => d.saasUserId === user.saas_user_id)
        ? { ...user, status: "deactivated" }
        : user,
    );
    const second = plan({ leverUsers: leverAfter, saasUsers: saasAfter });
    expect(second.deactivations).toEqual([]);
    expect(second.counts.alreadyDeactivated).toBe(6);
  });

  it("never plans one Lever user twice when two SaaS users point at it", () => {
    const got = plan({
      saasUsers: [
        saas("stale", { last_visit: 1 }),
        saas("stale2", { user_external_id: "stale", last_visit: 1 }),
      ],
    });
    expect(got.deactivations.map((d) => [d.saasUserId, d.lever])).toEqual([
      ["su-stale", "deactivate"],
      ["su-stale2", "already-deactivated"],
    ]);
  });
});
