import { describe, expect, it } from "vitest";
import type { SyncPreference } from "../../src/config/config-schema.js";
import type { UserAction } from "../../src/plan/plan.js";
import type { LeverUserData, OomnitzaUserData } from "../../src/plan/plan-data.js";
import { planUsers } from "../../src/plan/plan-users.js";
import { lever, NOW, person, testMapping } from "./fixtures.js";

function plan(
  leverUsers: LeverUserData[],
  oomnitzaUsers: OomnitzaUserData[],
  preference: SyncPreference = "create-and-update",
  mapping = testMapping(),
): UserAction[] {
  return planUsers({ leverUsers, oomnitzaUsers, mapping, preference, now: NOW });
}

function only(actions: UserAction[]): UserAction {
  expect(actions).toHaveLength(1);
  return actions[0] as UserAction;
}

describe("planUsers", () => {
  it("creates an unmatched user with the mapped record, the mapping's role and its sync keys", () => {
    const a = only(plan([lever("a", { name: "Ana Lima", email: " Ana@Acme.io" })], []));
    expect(a).toMatchObject({
      action: "create",
      leverId: "a",
      record: {
        username: "ana@acme.io",
        email: "ana@acme.io",
        first_name: "Ana",
        last_name: "Lima",
        lever_id: "a",
        role: 25,
      },
      keys: [
        { field: "lever_id", value: "a" },
        { field: "email", value: "ana@acme.io" },
      ],
    });
  });

  it("leaves a record that already matches unchanged, whatever the email case", () => {
    const a = only(plan([lever("a")], [person("O1", "a", { email: "A@ACME.IO", username: " a@acme.io" })]));
    expect(a).toEqual({
      action: "unchanged",
      leverId: "a",
      email: "a@acme.io",
      oomnitzaId: "O1",
      matchedBy: "lever_id",
    });
  });

  it("updates only the changed fields, from → to, with the precondition it was computed from", () => {
    const a = only(plan([lever("a", { name: "Person Renamed" })], [person("O1", "a")]));
    expect(a).toEqual({
      action: "update",
      leverId: "a",
      email: "a@acme.io",
      oomnitzaId: "O1",
      matchedBy: "lever_id",
      changes: [{ field: "last_name", from: "A", to: "Renamed" }],
      precondition: { changeDate: 1_700_000_000, fields: { last_name: "A" } },
    });
  });

  it("never updates the role of an existing person (role is for creates)", () => {
    expect(only(plan([lever("a")], [person("O1", "a", { role: 1 })])).action).toBe("unchanged");
  });

  it.each([
    [
      "filtered",
      testMapping({ filter: { field: "deactivatedAt", op: "missing" } }),
      lever("a", { deactivatedAt: 1 }),
      "excluded by mapping.filter",
    ],
    ["unmappable", testMapping(), lever("a", { email: "" }), "email is empty"],
  ])("skips a %s user with the reason", (reason, mapping, user, message) => {
    const a = only(plan([user], [], "create-and-update", mapping));
    expect(a).toMatchObject({ action: "skip", reason });
    expect((a as { message: string }).message).toContain(message);
  });

  it.each<[SyncPreference, string, string]>([
    ["create-only", "create", "skip"],
    ["update-only", "skip", "update"],
    ["create-and-update", "create", "update"],
  ])("%s: unmatched → %s, changed → %s", (preference, unmatched, changed) => {
    const actions = plan([lever("a"), lever("b", { name: "B New" })], [person("O2", "b")], preference);
    expect(actions.map((x) => x.action)).toEqual([unmatched, changed]);
    for (const x of actions) if (x.action === "skip") expect(x.reason).toBe("preference");
  });

  it("makes both Lever users conflicts when their emails differ only in case and match one record", () => {
    const mapping = testMapping({ syncKeys: ["email"] });
    const actions = plan(
      [lever("a", { email: "Sam@acme.io" }), lever("b", { email: "sam@ACME.io" })],
      [person("O1", "x", { email: "sam@acme.io", username: "sam@acme.io" })],
      "create-and-update",
      mapping,
    );
    expect(actions.map((x) => x.action)).toEqual(["conflict", "conflict"]);
    expect(actions[0]).toMatchObject({ oomnitzaIds: ["O1"], otherLeverIds: ["b"] });
  });

  it("lets a higher-ranked key win a record that a lower-ranked key also claims", () => {
    const actions = plan(
      [lever("a", { email: "sam@acme.io" }), lever("b", { email: "SAM@acme.io" })],
      [person("O1", "b", { email: "sam@acme.io", username: "sam@acme.io" })],
    );
    expect(actions.map((x) => [x.leverId, x.action])).toEqual([
      ["a", "conflict"],
      ["b", "unchanged"],
    ]);
  });

  it("reports a conflict when two keys find two different records", () => {
    const a = only(
      plan(
        [lever("a")],
        [
          person("O1", "a", { email: "old@acme.io", username: "old" }),
          person("O2", "zz", { email: "a@acme.io", username: "a2" }),
        ],
      ),
    );
    expect(a).toMatchObject({ action: "conflict", oomnitzaIds: ["O1", "O2"] });
    expect((a as { message: string }).message).toContain("lever_id matches O1, email matches O2");
  });

  it("reports a conflict when two Oomnitza records share the key value", () => {
    const mapping = testMapping({ syncKeys: ["email"] });
    const a = only(
      plan(
        [lever("a")],
        [person("O1", "a", { username: "u1" }), person("O2", "a", { username: "u2" })],
        "create-and-update",
        mapping,
      ),
    );
    expect(a).toMatchObject({ action: "conflict", oomnitzaIds: ["O1", "O2"] });
  });

  it("turns two creates with the same email (different case) into conflicts, not a failed write", () => {
    const actions = plan([lever("a", { email: "x@acme.io" }), lever("b", { email: "X@acme.io" })], []);
    expect(actions.map((x) => x.action)).toEqual(["conflict", "conflict"]);
  });

  it("refuses to create a username another, unmatched record already holds", () => {
    const mapping = testMapping({ syncKeys: ["lever_id"] });
    const a = only(
      plan(
        [lever("a")],
        [person("O9", "other", { username: "a@acme.io", email: "z@acme.io" })],
        "create-and-update",
        mapping,
      ),
    );
    expect(a).toMatchObject({ action: "conflict", oomnitzaIds: ["O9"] });
    expect((a as { message: string }).message).toContain("add username to mapping.syncKeys");
  });

  it("is deterministic and sorted by Lever id whatever the input order", () => {
    const users = ["d", "b", "a", "c"].map((id) => lever(id));
    const people = [person("O1", "b"), person("O2", "c", { first_name: "Old" })];
    const one = plan(users, people);
    const two = plan([...users].reverse(), [...people].reverse());
    expect(one).toEqual(two);
    expect(one.map((x) => x.leverId)).toEqual(["a", "b", "c", "d"]);
    expect(one.map((x) => x.action)).toEqual(["create", "unchanged", "update", "create"]);
  });
});
