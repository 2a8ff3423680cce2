import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/errors/exit-code-for.js";
import { planWorkflow } from "../../src/workflows/plan-workflow.js";
import { runWorkflow } from "../../src/workflows/run-workflow.js";
import { DAY_S, NOW, nowS, startTenant, type Tenant } from "./sandbox-tenant.js";

const now = () => NOW;

describe("saas-user-role on the sandbox", () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await startTenant();
  });
  afterAll(() => t.sandbox.close());

  const workflows = { "lever-roles": { type: "saas-user-role", deactivateMissing: true } };

  it("over the threshold: roles are written, no deactivation is made, exit 4", async () => {
    const config = await t.config({ "lever-roles": { ...workflows["lever-roles"], maxDeactivations: 0 } });
    const report = await runWorkflow(config, "lever-roles", { now });
    expect(report.outcome).toBe("safety-tripped");
    expect(exitCodeFor(report)).toBe(4);
    expect(t.sandbox.oomnitza.state.saasUsers(t.saasId).filter((s) => s.status === "deactivated")).toEqual(
      [],
    );
    // One PATCH per role and one paged Lever listing: never one request per SaaS user.
    const roles = new Set(t.sandbox.lever.state.users().map((u) => u.accessRole)).size;
    expect(report.workflow.roleWrites.map((w) => w.failed)).toEqual(Array(roles).fill(0));
    expect(report.counts.saas.roles).toBe(t.seatOf.size);
    expect(report.requests.lever.requests).toBe(1);
    expect(report.requests.oomnitza.requests).toBe(roles + 2); // app lookup, SaaS users, one PATCH per role
  });

  it("a missing SaaS app is a setup error naming saas.app (exit 2), not a record failure", async () => {
    const base = await t.config(workflows);
    const config = { ...base, saas: { ...base.saas, app: "Not Lever" } };
    const failure = await planWorkflow(config, "lever-roles", { now }).catch((e: unknown) => e);
    expect(exitCodeFor(failure)).toBe(2);
    expect((failure as { problems?: unknown }).problems).toEqual([
      expect.objectContaining({ path: "saas.app", fix: expect.stringContaining("connector sync") }),
    ]);
  });

  it("writes every SaaS user's Lever role and deactivates missing and deactivated Lever users", async () => {
    const config = await t.config(workflows);
    const report = await runWorkflow(config, "lever-roles", { now });
    expect(report.outcome).toBe("ok");
    expect(exitCodeFor(report)).toBe(0);
    const seats = new Map(t.sandbox.oomnitza.state.saasUsers(t.saasId).map((s) => [s.saas_user_id, s]));
    const leverUsers = t.sandbox.lever.state.users();
    for (const user of leverUsers) {
      const seat = seats.get(t.seatOf.get(user.id)!)!;
      expect(seat.roles.map((r) => r.role_external_label)).toEqual([user.accessRole]);
      expect(seat.status).toBe(user.deactivatedAt === null ? "active" : "deactivated");
    }
    expect(seats.get(t.outsiderSeat)?.status).toBe("deactivated");
    const deactivatedInLever = leverUsers.filter((u) => u.deactivatedAt !== null).length;
    expect(deactivatedInLever).toBeGreaterThan(0);
    expect(report.counts.saas.deactivate).toBe(deactivatedInLever + 1);
    expect(report.requests.oomnitza.requests).toBe(3); // app lookup, SaaS users, one deactivate call
    const files = await readdir(join(t.stateDir, "runs"));
    expect(files).toContain(report.reportPath!.split("/").pop());
    const saved = await readFile(report.reportPath!, "utf8");
    expect(saved).not.toContain(String(t.sandbox.lever.credentials.apiKey));
    expect(saved).not.toContain(String(t.sandbox.oomnitza.credentials.token));
  });

  it("makes zero writes on a rerun", async () => {
    const report = await runWorkflow(await t.config(workflows), "lever-roles", { now });
    expect(report.counts.writes).toBe(0);
    expect(report.workflow.roleWrites).toEqual([]);
    expect(report.workflow.deactivations).toEqual([]);
  });
});

describe("lever-deactivate-users on the sandbox", () => {
  let t: Tenant;
  let ids: Record<"stale" | "suspended" | "offInOomnitza" | "boss" | "cto" | "fresh", string>;
  beforeAll(async () => {
    t = await startTenant();
    const active = t.sandbox.lever.state.users().filter((u) => u.deactivatedAt === null);
    const [stale, suspended, offInOomnitza, boss, cto, fresh] = active;
    ids = {
      stale: stale!.id,
      suspended: suspended!.id,
      offInOomnitza: offInOomnitza!.id,
      boss: boss!.id,
      cto: cto!.id,
      fresh: fresh!.id,
    };
    const o = t.sandbox.oomnitza.state;
    o.updateSaasUser(t.seatOf.get(ids.stale)!, { last_visit: nowS - 400 * DAY_S });
    const suspendedSeat = o.saasUsers(t.saasId).find((s) => s.saas_user_id === t.seatOf.get(ids.suspended))!;
    o.updateUser(suspendedSeat.user_id, { suspended: true });
    o.updateSaasUser(t.seatOf.get(ids.offInOomnitza)!, { status: "deactivated" });
    t.sandbox.lever.state.updateUser(ids.boss, { accessRole: "super admin" });
    o.updateSaasUser(t.seatOf.get(ids.boss)!, { last_visit: nowS - 900 * DAY_S });
    o.updateSaasUser(t.seatOf.get(ids.cto)!, { last_visit: nowS - 900 * DAY_S });
  });
  afterAll(() => t.sandbox.close());

  const offboard = (over: Record<string, unknown> = {}) => ({
    "offboard-lever": {
      type: "lever-deactivate-users",
      rule: {
        any: [
          { field: "last_visit", op: "olderThan", value: "365d" },
          { field: "user.suspended", op: "eq", value: true },
          { field: "status", op: "eq", value: "deactivated" },
        ],
      },
      trigger: { schedule: "0 4 * * *" },
      maxDeactivations: 10,
      ...over,
    },
  });

  it("plans exactly the expected users, with the rule that selected each, and exempts", async () => {
    const config = await t.config(
      offboard({ exempt: { emails: [t.sandbox.lever.state.get(ids.cto)!.email.toUpperCase()] } }),
    );
    const plan = await planWorkflow(config, "offboard-lever", { now });
    if (plan.type !== "lever-deactivate-users") throw new Error("wrong type");
    expect(plan.deactivations.map((d) => [d.leverUserId, d.reason]).sort()).toEqual(
      [
        [ids.stale, "last_visit olderThan 365d"],
        [ids.suspended, "user.suspended eq true"],
        [ids.offInOomnitza, "status eq deactivated"],
      ].sort(),
    );
    expect(plan.exempt.map((e) => e.reason).sort()).toEqual([
      `exempt email ${t.sandbox.lever.state.get(ids.cto)!.email}`,
      "exempt role super admin",
    ]);
  });

  it("over maxDeactivations: nothing is done and the run exits 4", async () => {
    const config = await t.config(offboard({ maxDeactivations: 2 }));
    const report = await runWorkflow(config, "offboard-lever", { now });
    expect(exitCodeFor(report)).toBe(4);
    expect(
      t.sandbox.lever.state
        .users()
        .filter((u) => u.deactivatedAt !== null && Object.values(ids).includes(u.id)),
    ).toEqual([]);
    expect(
      t.sandbox.oomnitza.state.saasUsers(t.saasId).find((s) => s.saas_user_id === t.seatOf.get(ids.stale))
        ?.status,
    ).toBe("active");
  });

  it("deactivates in Lever and in Oomnitza, records the rule, then is a no-op on rerun", async () => {
    const config = await t.config(
      offboard({ exempt: { emails: [t.sandbox.lever.state.get(ids.cto)!.email] } }),
    );
    const report = await runWorkflow(config, "offboard-lever", { now });
    expect(report.outcome).toBe("ok");
    const lever = t.sandbox.lever.state;
    for (const id of [ids.stale, ids.suspended, ids.offInOomnitza])
      expect(lever.get(id)?.deactivatedAt).not.toBeNull();
    for (const id of [ids.boss, ids.cto, ids.fresh]) expect(lever.get(id)?.deactivatedAt).toBeNull();
    const seats = t.sandbox.oomnitza.state.saasUsers(t.saasId);
    for (const id of [ids.stale, ids.suspended, ids.offInOomnitza]) {
      expect(seats.find((s) => s.saas_user_id === t.seatOf.get(id))?.status).toBe("deactivated");
    }
    const recorded = report.workflow.deactivations.find((d) => d.leverUserId === ids.stale)!;
    expect(recorded).toMatchObject({
      lever: "deactivated",
      oomnitza: "deactivated",
      reason: "last_visit olderThan 365d",
    });
    expect(recorded.rules).toEqual([{ field: "last_visit", op: "olderThan", value: "365d" }]);
    const saved = JSON.parse(await readFile(report.reportPath!, "utf8"));
    expect(saved.workflow.deactivations).toHaveLength(3);

    const again = await runWorkflow(config, "offboard-lever", { now });
    expect(again.counts.writes).toBe(0);
    expect(again.workflow.deactivations).toEqual([]);
    expect(again.workflow.alreadyDeactivated).toBe(3);
    expect(again.outcome).toBe("ok");
  });
});

describe("event triggers on the sandbox", () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await startTenant(16, 5);
  });
  afterAll(() => t.sandbox.close());

  it("saas-user-deactivated: baseline first, then once per newly deactivated SaaS user", async () => {
    const config = await t.config({
      "on-deactivated": { type: "lever-deactivate-users", trigger: "saas-user-deactivated" },
    });
    const first = await runWorkflow(config, "on-deactivated", { now });
    expect(first.workflow.baseline).toBe(true);
    expect(first.counts.writes).toBe(0);

    const [a, b] = t.sandbox.lever.state.users().filter((u) => u.deactivatedAt === null);
    t.sandbox.oomnitza.state.updateSaasUser(t.seatOf.get(a!.id)!, { status: "deactivated" });
    const second = await runWorkflow(config, "on-deactivated", { now });
    expect(second.workflow.deactivations.map((d) => [d.leverUserId, d.lever, d.oomnitza, d.reason])).toEqual([
      [a!.id, "deactivated", "already-deactivated", "saas-user-deactivated"],
    ]);
    expect(t.sandbox.lever.state.get(a!.id)?.deactivatedAt).not.toBeNull();

    const third = await runWorkflow(config, "on-deactivated", { now });
    expect(third.workflow.deactivations).toEqual([]);
    expect(third.requests.lever.requests).toBe(1); // the listing only, no deactivate

    t.sandbox.oomnitza.state.updateSaasUser(t.seatOf.get(b!.id)!, { status: "deactivated" });
    const fourth = await runWorkflow(config, "on-deactivated", { now });
    expect(fourth.workflow.deactivations.map((d) => d.leverUserId)).toEqual([b!.id]);
  });

  it("saas-user-assigned: fires for a newly assigned SaaS user that the rule selects, once", async () => {
    const config = await t.config({
      "on-assigned": {
        type: "lever-deactivate-users",
        trigger: "saas-user-assigned",
        rule: { field: "user.suspended", op: "eq", value: true },
      },
    });
    expect((await runWorkflow(config, "on-assigned", { now })).workflow.baseline).toBe(true);
    const o = t.sandbox.oomnitza.state;
    const newcomer = t.sandbox.lever.state.addUser({
      name: "New Comer",
      email: "new.comer@acme.io",
      accessRole: "interviewer",
    });
    const person = o.addUser({
      username: "new.comer@acme.io",
      email: "new.comer@acme.io",
      first_name: "New",
      last_name: "Comer",
      role: 25,
      suspended: true,
    });
    const seat = o.assignSaasUser(t.saasId, String(person.user_id));
    o.updateSaasUser(seat.saas_user_id, { user_external_id: newcomer.id });
    const fired = await runWorkflow(config, "on-assigned", { now });
    expect(fired.workflow.deactivations.map((d) => [d.leverUserId, d.reason])).toEqual([
      [newcomer.id, "user.suspended eq true"],
    ]);
    expect(t.sandbox.lever.state.get(newcomer.id)?.deactivatedAt).not.toBeNull();
    const quiet = await runWorkflow(config, "on-assigned", { now });
    expect(quiet.counts).toMatchObject({ writes: 0 });
    expect(quiet.workflow.deactivations).toEqual([]);
  });
});
