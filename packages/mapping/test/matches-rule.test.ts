import { describe, expect, it } from "vitest";
import { matchesRule } from "../src/matches-rule.js";
import type { Rule } from "../src/rule-schema.js";

const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const saasUser = {
  saas_user_id: "s1",
  email: "Priya.Raman@acme.io",
  status: "active",
  last_visit: Math.floor((NOW - 400 * DAY) / 1000), // unix SECONDS, as Oomnitza sends
  seen_ms: NOW - 10 * DAY,
  seen_iso: new Date(NOW - 2 * DAY).toISOString(),
  roles: [{ role_external_label: "Super Admin" }, { role_external_label: "interviewer" }],
  user: { suspended: true, role: "25" },
  "odd.key": "literal",
  empty: "  ",
};

const cases: [string, { rule: Rule; want: boolean }][] = [
  ["eq text ignores case and spacing", { rule: { field: "status", op: "eq", value: " ACTIVE" }, want: true }],
  ["eq email ignores case", { rule: { field: "email", op: "eq", value: "priya.raman@ACME.io" }, want: true }],
  ["eq number vs numeric string", { rule: { field: "user.role", op: "eq", value: 25 }, want: true }],
  ["eq boolean on a dotted path", { rule: { field: "user.suspended", op: "eq", value: true }, want: true }],
  ["eq null matches a missing field", { rule: { field: "nope", op: "eq", value: null }, want: true }],
  ["eq no", { rule: { field: "status", op: "eq", value: "deactivated" }, want: false }],
  ["ne", { rule: { field: "status", op: "ne", value: "deactivated" }, want: true }],
  ["ne on equal", { rule: { field: "status", op: "ne", value: "active" }, want: false }],
  ["in", { rule: { field: "status", op: "in", value: ["deactivated", "active"] }, want: true }],
  ["in miss", { rule: { field: "status", op: "in", value: ["deactivated"] }, want: false }],
  ["notIn", { rule: { field: "status", op: "notIn", value: ["deactivated"] }, want: true }],
  ["notIn hit", { rule: { field: "status", op: "notIn", value: ["active"] }, want: false }],
  [
    "arrays fan out",
    { rule: { field: "roles.role_external_label", op: "eq", value: "super admin" }, want: true },
  ],
  [
    "notIn over an array",
    { rule: { field: "roles.role_external_label", op: "notIn", value: ["interviewer"] }, want: false },
  ],
  ["a literal dotted key wins", { rule: { field: "odd.key", op: "eq", value: "literal" }, want: true }],
  ["exists", { rule: { field: "email", op: "exists" }, want: true }],
  ["exists on blank text", { rule: { field: "empty", op: "exists" }, want: false }],
  ["missing on blank text", { rule: { field: "empty", op: "missing" }, want: true }],
  ["missing on absent nested", { rule: { field: "user.manager.email", op: "missing" }, want: true }],
  ["missing on present", { rule: { field: "email", op: "missing" }, want: false }],
  [
    "olderThan with unix seconds",
    { rule: { field: "last_visit", op: "olderThan", value: "365d" }, want: true },
  ],
  ["olderThan not yet", { rule: { field: "last_visit", op: "olderThan", value: "2y" }, want: false }],
  ["newerThan with ms", { rule: { field: "seen_ms", op: "newerThan", value: "2w" }, want: true }],
  ["olderThan with ms", { rule: { field: "seen_ms", op: "olderThan", value: "30d" }, want: false }],
  ["newerThan with ISO", { rule: { field: "seen_iso", op: "newerThan", value: "72h" }, want: true }],
  ["missing time is not old", { rule: { field: "nope", op: "olderThan", value: "1d" }, want: false }],
  ["missing time is not new", { rule: { field: "nope", op: "newerThan", value: "1d" }, want: false }],
  [
    "all",
    {
      rule: {
        all: [
          { field: "status", op: "eq", value: "active" },
          { field: "user.suspended", op: "eq", value: false },
        ],
      },
      want: false,
    },
  ],
  [
    "any",
    {
      rule: {
        any: [
          { field: "last_visit", op: "olderThan", value: "365d" },
          { field: "user.suspended", op: "eq", value: true },
        ],
      },
      want: true,
    },
  ],
  ["empty all matches", { rule: { all: [] }, want: true }],
  ["empty any matches nothing", { rule: { any: [] }, want: false }],
  ["nested", { rule: { all: [{ any: [{ field: "status", op: "eq", value: "x" }] }] }, want: false }],
  [
    "malformed op never matches",
    { rule: { field: "status", op: "like", value: "a" } as unknown as Rule, want: false },
  ],
  [
    "bad duration never matches",
    { rule: { field: "last_visit", op: "olderThan", value: "a year" }, want: false },
  ],
  [
    "in without a list never matches",
    { rule: { field: "status", op: "in", value: "active" } as unknown as Rule, want: false },
  ],
];

describe("matchesRule", () => {
  it.each(cases)("%s", (_name, { rule, want }) => {
    expect(matchesRule(saasUser, rule, NOW)).toBe(want);
  });

  it("accepts a Date as now", () => {
    expect(
      matchesRule(saasUser, { field: "last_visit", op: "olderThan", value: "365d" }, new Date(NOW)),
    ).toBe(true);
  });

  it("never matches a non-object record on a value rule", () => {
    expect(matchesRule(null, { field: "a", op: "eq", value: "x" }, NOW)).toBe(false);
  });
});

describe("matchesRule on a mapping filter", () => {
  const active = { id: "1", email: "a@x.io", deactivatedAt: null, accessRole: "team member", createdAt: 1 };
  const gone = { ...active, deactivatedAt: NOW - 5 * DAY };

  it("lets every user through without a filter", () => {
    expect(matchesRule(gone, undefined, NOW)).toBe(true);
  });

  it("expresses deactivated-user handling as a rule", () => {
    const activeOnly = { field: "deactivatedAt", op: "missing" } as const;
    expect(matchesRule(active, activeOnly, NOW)).toBe(true);
    expect(matchesRule(gone, activeOnly, NOW)).toBe(false);
    const recentlyGone = {
      any: [activeOnly, { field: "deactivatedAt", op: "newerThan", value: "30d" }],
    } as const;
    expect(matchesRule(gone, recentlyGone, NOW)).toBe(true);
  });
});
