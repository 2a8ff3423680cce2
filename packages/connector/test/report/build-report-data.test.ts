import { describe, expect, it } from "vitest";
import type { RunReport } from "../../src/engine/run-report.js";
import { buildPlan } from "../../src/plan/build-plan.js";
import { buildReportData } from "../../src/report/build-report-data.js";
import { reportTables } from "../../src/report/report-tables.js";
import { lever, NOW, person, saasUser, testMapping } from "../plan/fixtures.js";

const DAY_S = 86_400;
const nowS = NOW.getTime() / 1000;

// a: unchanged · b: update (name changed in Lever) · c: create · d: deactivated in Lever, unchanged
// e: unmappable (no email) · f: conflict (lever_id finds O6, email finds O7)
const leverUsers = [
  lever("a", { accessRole: "admin" }),
  lever("b", { name: "Person Bee" }),
  lever("c"),
  lever("d", { deactivatedAt: 1_700_000_000_000, accessRole: "interviewer" }),
  lever("e", { email: "" }),
  lever("f"),
];
const oomnitzaUsers = [
  person("O1", "a"),
  person("O2", "b"),
  person("O4", "d"),
  person("O6", "f", { email: "old-f@acme.io", username: "old-f" }),
  person("O7", "zz", { email: "f@acme.io", username: "f2" }),
  person("O9", "gone", { email: "gone@acme.io" }),
];
const saasUsers = [
  saasUser("S1", "O1", { user_external_id: "a", email: "a@acme.io", last_visit: nowS - 2 * DAY_S }),
  saasUser("S2", "O2", { user_external_id: "b", email: "b@acme.io", last_visit: nowS - 91 * DAY_S }),
  saasUser("S3", "O4", { user_external_id: "d", email: "d@acme.io", last_visit: nowS - 400 * DAY_S }),
  saasUser("S4", "O9", { email: "gone@acme.io", roles: [{ role_external_label: "team member" }] }),
  saasUser("S5", "O9", { status: "deactivated", email: "gone@acme.io", last_visit: nowS - 900 * DAY_S }),
  saasUser("S6", "O2", { user_external_id: "b", email: "b@acme.io", last_visit: nowS - 89 * DAY_S }),
];

function run(runId: string, over: Partial<RunReport> & Record<string, unknown>): RunReport {
  const zero = { requests: 0, retries: 0, rateLimited: 0, byStatus: {} };
  return {
    kind: "lever-oomnitza-run",
    version: 1,
    runId,
    command: "sync",
    startedAt: "2026-11-26T02:00:00.000Z",
    finishedAt: "2026-11-26T02:00:05.000Z",
    durationMs: 5_000,
    dryRun: false,
    outcome: "ok",
    configFingerprint: "x",
    planCreatedAt: null,
    planned: null,
    counts: {
      users: { create: 2, update: 1, unchanged: 0, skip: 0, conflict: 0, failed: 1 },
      saas: {
        createApp: 0,
        assign: 0,
        externalIds: 0,
        roles: 0,
        reactivate: 0,
        deactivate: 0,
        inPlace: 0,
        failed: 2,
      },
      writes: 7,
    },
    failures: [],
    skips: [],
    requests: { lever: { ...zero, requests: 4 }, oomnitza: { ...zero, requests: 9 } },
    retries: 3,
    rateLimited: 2,
    safety: null,
    updates: null,
    interrupted: false,
    reportPath: null,
    ...over,
  };
}

function data(staleAfterDays = 90) {
  const plan = buildPlan({
    leverUsers,
    oomnitzaUsers,
    saas: { app: { saas_id: 3 }, users: saasUsers },
    mapping: testMapping(),
    settings: {
      records: "users-and-saas-users",
      preference: "create-and-update",
      saasApp: "Lever",
      deactivateMissing: false,
      maxDeactivations: 10,
    },
    now: NOW,
    configFingerprint: "x",
  });
  const runs = [
    run("w1", {
      command: "workflow",
      startedAt: "2026-11-27T01:00:00.000Z",
      workflow: { name: "offboard" },
    } as never),
    run("s2", {}),
  ];
  return buildReportData({
    plan,
    sources: { leverUsers, oomnitzaUsers, saas: { app: { saas_id: 3 }, users: saasUsers } },
    runs,
    now: NOW,
    staleAfterDays,
  });
}

describe("buildReportData", () => {
  it("counts Lever users and what a sync would do with each in Oomnitza", () => {
    const d = data();
    expect(d.people).toEqual({
      lever: { total: 6, active: 5, deactivated: 1 },
      oomnitza: { people: 6, matched: 3, unchanged: 2, update: 1, create: 1, skip: 1, conflict: 1 },
      skipReasons: { filtered: 0, unmappable: 1, preference: 0 },
    });
    expect(d.lists.creates).toEqual([{ leverId: "c", email: "c@acme.io", name: "Person C" }]);
    expect(d.lists.updates).toEqual([
      { leverId: "b", email: "b@acme.io", oomnitzaId: "O2", changes: 'last_name: "B" → "Bee"' },
    ]);
    expect(d.lists.skips).toEqual([
      expect.objectContaining({ leverId: "e", email: null, reason: "unmappable" }),
    ]);
  });

  it("names both records of a conflict: the Lever user and each Oomnitza record", () => {
    expect(data().lists.conflicts).toEqual([
      {
        leverUser: { id: "f", email: "f@acme.io" },
        message: expect.stringContaining("lever_id matches O6, email matches O7"),
        oomnitzaRecords: [
          { id: "O6", email: "old-f@acme.io" },
          { id: "O7", email: "f@acme.io" },
        ],
        otherLeverUsers: [],
      },
    ]);
  });

  it("finds the seats to reclaim: Lever user deactivated, gone, or no visit for more than N days", () => {
    const d = data();
    expect(d.seats).toEqual({
      appExists: true,
      total: 6,
      active: 5,
      deactivated: 1,
      byRole: [
        { role: "(no role)", active: 0, deactivated: 1 },
        { role: "admin", active: 1, deactivated: 0 },
        { role: "interviewer", active: 1, deactivated: 0 },
        { role: "team member", active: 3, deactivated: 0 },
      ],
      reclaim: { "lever-deactivated": 1, "lever-missing": 1, stale: 1, total: 3 },
    });
    expect(d.lists.reclaim.map((s) => [s.saasUserId, s.reclaim, s.lever])).toEqual([
      ["S2", "stale", "active"],
      ["S3", "lever-deactivated", "deactivated"],
      ["S4", "lever-missing", "gone"],
    ]);
    // A deactivated seat is never "to reclaim", however old; S6 (89 days) is not stale yet.
    expect(d.lists.seats.find((s) => s.saasUserId === "S5")?.reclaim).toBeNull();
    expect(d.lists.seats.find((s) => s.saasUserId === "S6")?.reclaim).toBeNull();
    expect(d.lists.seats.find((s) => s.saasUserId === "S2")?.lastVisit).toBe("2026-08-28T02:00:00.000Z");
    // The threshold is the configurable number of days.
    expect(data(30).seats?.reclaim).toEqual({
      "lever-deactivated": 1,
      "lever-missing": 1,
      stale: 2,
      total: 4,
    });
  });

  it("Health: the newest sync is the last sync (not a workflow); every run keeps writes, failures, requests, 429s, retries", () => {
    const d = data();
    expect(d.health.lastSync).toEqual({
      runId: "s2",
      what: "sync",
      startedAt: "2026-11-26T02:00:00.000Z",
      outcome: "ok",
      writes: 7,
      failures: 3,
      durationMs: 5_000,
      requests: 13,
      rateLimited: 2,
      retries: 3,
    });
    expect(d.health.runs.map((r) => r.what)).toEqual(["workflow offboard", "sync"]);
  });

  it("the list views hold exactly the lists, one table each", () => {
    const tables = reportTables(data());
    expect(tables.map((t) => [t.id, t.rows.length])).toEqual([
      ["runs", 2],
      ["creates", 1],
      ["updates", 1],
      ["skips", 1],
      ["conflicts", 1],
      ["reclaim", 3],
      ["seats", 6],
    ]);
    expect(tables.find((t) => t.id === "conflicts")?.rows[0]?.slice(0, 2)).toEqual([
      "f@acme.io (f)",
      "old-f@acme.io (O6), f@acme.io (O7)",
    ]);
  });

  it("seats of a tenant shaped like the 2022 export (no saas_user_id, no status): listed, counted as neither, never reclaimed", () => {
    const bare = saasUsers.slice(0, 4).map(({ saas_user_id: _id, status: _status, ...rest }) => rest);
    const sources = { leverUsers, oomnitzaUsers, saas: { app: { saas_id: 3 }, users: bare } };
    const plan = buildPlan({
      ...sources,
      mapping: testMapping(),
      settings: {
        records: "users-and-saas-users",
        preference: "create-and-update",
        saasApp: "Lever",
        deactivateMissing: true,
        maxDeactivations: 10,
      },
      now: NOW,
      configFingerprint: "x",
    });
    expect(plan.saas?.deactivate).toEqual([]);
    const d = buildReportData({ plan, sources, runs: [], now: NOW, staleAfterDays: 90 });
    expect(d.lists.seats.map((s) => [s.saasUserId, s.status, s.lever, s.reclaim])).toEqual([
      [null, "unknown", "active", null],
      [null, "unknown", "active", null],
      [null, "unknown", "deactivated", null],
      [null, "unknown", "gone", null],
    ]);
    expect(d.seats).toMatchObject({ total: 4, active: 0, deactivated: 0, reclaim: { total: 0 } });
  });
});
