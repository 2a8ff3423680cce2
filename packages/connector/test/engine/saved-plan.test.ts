import { describe, expect, it } from "vitest";
import { exitCodeFor, PlanError } from "../../src/index.js";
import type { Plan } from "../../src/plan/plan.js";
import { harness, leverSaasUsers } from "./harness.js";

type Edit = (plan: Plan, ids: Ids) => void;
interface Ids {
  otherSeat: { saasUserId: string; userId: string };
  unrelated: { user_id: string; email: string };
}

const copy = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan));
const first = <A extends Plan["users"][number]["action"]>(plan: Plan, action: A) => {
  const a = plan.users.find((u) => u.action === action);
  if (!a) throw new Error(`no ${action} planned`);
  return a as Extract<Plan["users"][number], { action: A }>;
};

describe("a hand-edited saved plan", () => {
  it("is refused before the first write when an action is one the config would not plan", async () => {
    const h = await harness({
      leverUsers: 40,
      config: { saas: { app: "Lever", deactivateMissing: true, maxDeactivations: 1 } },
    });
    expect((await (await h.connector()).sync()).outcome).toBe("ok");
    const lever = h.sandbox.lever.state;
    const active = lever.users().filter((u) => u.deactivatedAt === null);
    for (const u of active.slice(0, 3)) lever.deactivateUser(u.id); // 3 deactivations, limit 1
    lever.updateUser(active[3]!.id, { name: "Renamed Person" }); // an update
    lever.addUser({ name: "New Hire", email: "new.hire@acme.example" }); // a create
    // Another app with seats of its own: never the configured app's business.
    const state = h.sandbox.oomnitza.state;
    const other = state.addSaasApp({ saas_name: "Other" });
    const person = state.users()[5] as { user_id: string };
    const seat = state.assignSaasUser(other.saas_id, person.user_id);
    const connector = await h.connector();
    const plan = await connector.plan();
    expect(plan.saas?.safety.tripped).toBe(true);
    const updated = first(plan, "update");
    const unrelated = state.users().find((u) => u.user_id !== updated.oomnitzaId) as Ids["unrelated"];
    const ids: Ids = { otherSeat: { saasUserId: seat.saas_user_id, userId: person.user_id }, unrelated };

    const cases: Array<[string, Edit, RegExp]> = [
      [
        "the safety limit raised",
        (p) => {
          p.saas!.safety = { ...p.saas!.safety, maxDeactivations: 1000, limit: 1000, tripped: false };
        },
        /saas\.safety\.maxDeactivations: the plan says 1000, the config 1/,
      ],
      [
        "another app's SaaS users deactivated",
        (p, i) => {
          p.saas!.deactivate.push({ ...i.otherSeat, reason: "lever-missing" });
        },
        new RegExp(`saas\\.deactivate of SaaS user ${ids.otherSeat.saasUserId}: not a SaaS user of "Lever"`),
      ],
      [
        "a create with an admin role",
        (p) => {
          first(p, "create").record.role = 1;
        },
        /create of Lever user \S+: role 1 is not what the config plans \(25\)/,
      ],
      [
        "an update of an unrelated person's email",
        (p, i) => {
          const a = first(p, "update");
          a.oomnitzaId = i.unrelated.user_id;
          a.changes = [{ field: "email", from: i.unrelated.email, to: "attacker@evil.example" }];
          a.precondition = { fields: { email: i.unrelated.email } };
        },
        /update of Lever user \S+ \(Oomnitza record \S+\): that Lever user matches Oomnitza record/,
      ],
      [
        "its own person's email changed to another value",
        (p) => {
          const a = first(p, "update");
          a.changes.push({ field: "email", from: a.email ?? null, to: "attacker@evil.example" });
        },
        /email → "attacker@evil\.example" is not what the config plans/,
      ],
      [
        "a field the mapping does not write",
        (p) => {
          first(p, "update").changes.push({ field: "role", from: 25, to: 1 });
        },
        /field "role" is not written by the mapping/,
      ],
    ];
    const writes = h.sandbox.oomnitza.stats.writes;
    for (const [name, edit, message] of cases) {
      const edited = copy(plan);
      edit(edited, ids);
      const refused = await connector.apply(edited).catch((e: unknown) => e);
      expect(refused, name).toBeInstanceOf(PlanError);
      expect((refused as PlanError).code, name).toBe("plan-action-refused");
      expect((refused as Error).message, name).toMatch(message);
      expect(exitCodeFor(refused), name).toBe(2);
      expect(h.sandbox.oomnitza.stats.writes, `${name}: nothing written`).toBe(writes);
    }

    // A raised `limit` alone is never read: the config's limit still stops every deactivation.
    const limitOnly = copy(plan);
    limitOnly.saas!.safety = { ...limitOnly.saas!.safety, limit: 1000, tripped: false };
    const report = await connector.apply(limitOnly, { confirm: () => {} });
    expect(report.safety).toMatchObject({ limit: 1, planned: 3, tripped: true });
    expect(exitCodeFor(report)).toBe(4);
    expect(report.counts.saas.deactivate).toBe(0);
    expect(leverSaasUsers(h.sandbox).filter((s) => s.status === "deactivated")).toHaveLength(0);
    expect(report.counts.users.create).toBe(1);
  });

  it("re-applied after it was applied, writes nothing: every SaaS action is found in place", async () => {
    const h = await harness({ leverUsers: 40 });
    const connector = await h.connector();
    const plan = copy(await connector.plan());
    const applied = await connector.apply(plan);
    expect(applied.outcome).toBe("ok");
    expect(
      applied.counts.saas.assign + applied.counts.saas.externalIds + applied.counts.saas.roles,
    ).toBeGreaterThan(0);
    const writes = h.sandbox.oomnitza.stats.writes;
    const again = await connector.apply(plan);
    expect(again.outcome).toBe("ok");
    expect(h.sandbox.oomnitza.stats.writes - writes).toBe(0);
    expect(again.counts.writes).toBe(0);
    const saved = plan.saas!;
    const roles = saved.roles.reduce((n, r) => n + r.users.length, 0);
    expect(again.counts.saas.inPlace).toBe(saved.assign.length + saved.externalIds.length + roles);
  });
});
