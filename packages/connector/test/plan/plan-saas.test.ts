import { describe, expect, it } from "vitest";
import type { MaxDeactivations } from "../../src/config/config-schema.js";
import { buildPlan } from "../../src/plan/build-plan.js";
import type { Plan } from "../../src/plan/plan.js";
import type { LeverUserData, OomnitzaUserData, SaasUserData } from "../../src/plan/plan-data.js";
import { lever, NOW, person, saasUser, testMapping } from "./fixtures.js";

const APP = { saas_id: 7 };

function plan(
  leverUsers: LeverUserData[],
  oomnitzaUsers: OomnitzaUserData[],
  saasUsers: SaasUserData[] | null,
  over: {
    deactivateMissing?: boolean;
    maxDeactivations?: MaxDeactivations;
    records?: "users" | "users-and-saas-users";
  } = {},
): Plan {
  return buildPlan({
    leverUsers,
    oomnitzaUsers,
    saas: { app: saasUsers === null ? null : APP, users: saasUsers ?? [] },
    mapping: testMapping(),
    settings: {
      records: over.records ?? "users-and-saas-users",
      preference: "create-and-update",
      saasApp: "Lever",
      deactivateMissing: over.deactivateMissing ?? true,
      maxDeactivations: over.maxDeactivations ?? 100,
    },
    now: NOW,
    configFingerprint: "f".repeat(64),
  });
}

describe("buildPlan: SaaS users", () => {
  it("creates the app, assigns everyone in one list, sets Lever ids and groups roles", () => {
    const p = plan([lever("a"), lever("b", { accessRole: "admin" }), lever("c")], [person("O2", "b")], null);
    expect(p.saas?.app).toEqual({ name: "Lever", saasId: null, action: "create" });
    expect(p.saas?.assign).toEqual([
      { leverId: "a", userId: undefined },
      { leverId: "b", userId: "O2" },
      { leverId: "c", userId: undefined },
    ]);
    expect(p.saas?.externalIds.map((e) => e.leverId)).toEqual(["a", "b", "c"]);
    expect(p.saas?.roles.map((r) => [r.role, r.users.map((u) => u.leverId)])).toEqual([
      ["admin", ["b"]],
      ["team member", ["a", "c"]],
    ]);
    // 2 creates + app + 1 assign + 3 external ids + 2 role PATCHes
    expect(p.summary.writes).toBe(9);
  });

  it("plans nothing for a SaaS user that already has the Lever id and role", () => {
    const p = plan(
      [lever("a")],
      [person("O1", "a")],
      [saasUser("S1", "O1", { user_external_id: "a", roles: [{ role_external_label: "team member" }] })],
    );
    expect(p.summary).toMatchObject({
      writes: 0,
      saas: { assign: 0, externalIds: 0, roles: 0, reactivate: 0, deactivate: 0 },
    });
  });

  it("fixes a wrong role and a missing external id, saying what they were", () => {
    const p = plan(
      [lever("a", { accessRole: "admin" })],
      [person("O1", "a")],
      [saasUser("S1", "O1", { roles: [{ role_external_label: "interviewer" }] })],
    );
    expect(p.saas?.roles).toEqual([
      { role: "admin", users: [{ leverId: "a", userId: "O1", from: ["interviewer"] }] },
    ]);
    expect(p.saas?.externalIds).toEqual([{ leverId: "a", userId: "O1", from: null }]);
    expect(p.saas?.assign).toEqual([]);
  });

  it("deactivates SaaS users whose Lever user is deactivated or gone, and reactivates returning ones", () => {
    const p = plan(
      [lever("a", { deactivatedAt: 1_700_000_000_000 }), lever("b")],
      [person("O1", "a"), person("O2", "b"), person("O3", "gone")],
      [
        saasUser("S1", "O1", { user_external_id: "a" }),
        saasUser("S2", "O2", {
          user_external_id: "b",
          status: "deactivated",
          roles: [{ role_external_label: "team member" }],
        }),
        saasUser("S3", "O3", { email: "gone@acme.io" }),
      ],
    );
    expect(p.saas?.deactivate).toEqual([
      { saasUserId: "S1", userId: "O1", leverId: "a", reason: "lever-deactivated" },
      { saasUserId: "S3", userId: "O3", reason: "lever-missing" },
    ]);
    expect(p.saas?.reactivate).toEqual([{ saasUserId: "S2", userId: "O2", leverId: "b" }]);
    expect(p.saas?.assign).toEqual([]);
  });

  it("keeps SaaS users of Lever users that are merely filtered out, and deactivates none without deactivateMissing", () => {
    const sas = [
      saasUser("S1", "O1", { email: "a@acme.io" }),
      saasUser("S9", "O9", { email: "nobody@acme.io" }),
    ];
    const filtered = buildPlan({
      leverUsers: [lever("a", { accessRole: "interviewer" })],
      oomnitzaUsers: [person("O1", "a")],
      saas: { app: APP, users: sas },
      mapping: testMapping({ filter: { field: "accessRole", op: "ne", value: "interviewer" } }),
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
    expect(filtered.saas?.deactivate.map((d) => d.saasUserId)).toEqual(["S9"]);
    expect(
      plan([lever("a")], [person("O1", "a")], sas, { deactivateMissing: false }).saas?.deactivate,
    ).toEqual([]);
  });

  it.each<[MaxDeactivations, number, number, boolean]>([
    [2, 40, 2, false],
    [2, 40, 3, true],
    ["5%", 40, 2, false],
    ["5%", 40, 3, true],
    ["5%", 10, 1, true],
    [0, 5, 0, false],
  ])("maxDeactivations %s of %i users with %i planned → tripped %s", (max, appUsers, planned, tripped) => {
    const sas = Array.from({ length: appUsers }, (_, i) =>
      saasUser(`S${i}`, `O${i}`, { email: i < planned ? `gone${i}@x.io` : `u${i}@acme.io` }),
    );
    const leverUsers = Array.from({ length: appUsers }, (_, i) => lever(`u${i}`));
    const p = plan(leverUsers, [], sas, { maxDeactivations: max });
    expect(p.saas?.safety).toMatchObject({ planned, appUsers, tripped });
    const deactivateCalls = planned > 0 && !tripped ? 1 : 0;
    expect(p.summary.writes).toBe(appUsers * 2 + 1 + 1 + deactivateCalls); // creates + external ids, 1 assign, 1 role, deactivations
  });

  it("plans no SaaS work at all for records: users", () => {
    const p = plan([lever("a")], [], null, { records: "users" });
    expect(p.saas).toBeNull();
    expect(p.summary.writes).toBe(1);
  });

  it("is plain JSON that round-trips unchanged", () => {
    const p = plan(
      [lever("a"), lever("b", { deactivatedAt: 5 })],
      [person("O2", "b")],
      [saasUser("S2", "O2")],
    );
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(p).toMatchObject({
      kind: "lever-oomnitza-plan",
      version: 1,
      createdAt: NOW.toISOString(),
      configFingerprint: "f".repeat(64),
    });
  });
});
