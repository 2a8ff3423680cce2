import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/index.js";
import { harness, leverSaasUsers, peopleByLeverId } from "./harness.js";

describe("sync scenarios on the sandbox", () => {
  it.each([
    ["create-only", { create: true, update: false }],
    ["update-only", { create: false, update: true }],
  ] as const)("%s writes only what the preference allows", async (preference, allowed) => {
    const h = await harness({ leverUsers: 40 });
    const report = await (await h.connector({ sync: { preference, records: "users" } })).sync();
    expect(report.outcome).toBe("ok");
    const stale = h.sandbox.dataset.oomnitza.expectations.staleName;
    const people = peopleByLeverId(h.sandbox);
    if (allowed.create) expect(report.counts.users.create).toBeGreaterThan(0);
    else expect(report.counts.users.create).toBe(0);
    if (allowed.update) expect(report.counts.users.update).toBeGreaterThan(0);
    else expect(report.counts.users.update).toBe(0);
    const skipped = report.skips.filter((s) => s.kind === "preference");
    expect(skipped.length).toBe(report.counts.users.skip);
    expect(skipped.length).toBeGreaterThan(0);
    for (const id of stale) {
      const last = people.get(id)?.last_name;
      if (allowed.update) expect(last).not.toMatch(/^(Former|Maiden|Oldname|Previous)$/);
      else expect(last).toMatch(/^(Former|Maiden|Oldname|Previous)$/);
    }
  });

  it("records: users leaves SaaS alone; users-and-saas-users fills the Lever app", async () => {
    const h = await harness({ leverUsers: 30 });
    const usersOnly = await (await h.connector({ sync: { records: "users" } })).sync();
    expect(usersOnly.counts.saas).toMatchObject({ createApp: 0, assign: 0, externalIds: 0, roles: 0 });
    expect(h.sandbox.oomnitza.state.findSaasApp("Lever")).toBeUndefined();
    expect(usersOnly.counts.users.create).toBeGreaterThan(0);

    const both = await (await h.connector()).sync();
    expect(both.counts.users).toMatchObject({ create: 0, update: 0 });
    expect(both.counts.saas.createApp).toBe(1);
    expect(leverSaasUsers(h.sandbox).length).toBe(both.counts.saas.assign);
  });

  it("reports a conflict for a Lever user whose two sync keys find two records, and writes the rest", async () => {
    const h = await harness({ leverUsers: 30 });
    const known = new Set(h.sandbox.oomnitza.state.users().map((u) => String(u.email).toLowerCase()));
    const x = h.sandbox.lever.state
      .users()
      .find((u) => !known.has(u.email.toLowerCase()) && u.deactivatedAt === null);
    if (!x) throw new Error("dataset has no unmatched user");
    const base = { role: 25, first_name: "Dup", last_name: "Licate" };
    h.sandbox.oomnitza.state.addUser({
      ...base,
      username: "p1@acme.example",
      email: "p1@acme.example",
      lever_id: x.id,
    });
    h.sandbox.oomnitza.state.addUser({ ...base, username: "p2@acme.example", email: x.email.toLowerCase() });

    const report = await (await h.connector()).sync();
    expect(report.counts.users.conflict).toBe(1);
    expect(report.skips.find((s) => s.leverId === x.id)?.reason).toMatch(
      /sync keys point to different Oomnitza records/,
    );
    expect(report.outcome).toBe("ok");
    expect(exitCodeFor(report)).toBe(0);
    expect(h.sandbox.oomnitza.state.users().filter((u) => u.lever_id === x.id)).toHaveLength(1);
    expect(report.counts.users.create).toBeGreaterThan(0);
  });

  it("deactivates the SaaS user of a deactivated Lever user and reactivates it when the user returns", async () => {
    const h = await harness({ leverUsers: 40 });
    await (await h.connector()).sync();
    const people = peopleByLeverId(h.sandbox);
    const [a, b] = h.sandbox.lever.state.users().filter((u) => u.deactivatedAt === null && people.has(u.id));
    if (!a || !b) throw new Error("need two active users");
    h.sandbox.lever.state.deactivateUser(a.id);
    h.sandbox.lever.state.removeUser(b.id);

    const off = await (await h.connector()).sync();
    expect(off.counts.saas.deactivate).toBe(2);
    const seat = (id: string) => leverSaasUsers(h.sandbox).find((s) => s.user_id === people.get(id)?.user_id);
    expect(seat(a.id)?.status).toBe("deactivated");
    expect(seat(b.id)?.status).toBe("deactivated");

    h.sandbox.lever.state.reactivateUser(a.id);
    const back = await (await h.connector()).sync();
    expect(back.counts.saas).toMatchObject({ reactivate: 1, deactivate: 0, assign: 0 });
    expect(seat(a.id)?.status).toBe("active");
    expect((await (await h.connector()).sync()).counts.writes).toBe(0);
  });

  it.each([
    ["a Lever outage that returns no users", (ids: string[]) => ids],
    ["more departures than maxDeactivations allows", (ids: string[]) => ids.slice(0, 5)],
  ])("trips the safety threshold on %s: no deactivation at all, exit code 4", async (_name, pick) => {
    const h = await harness({ leverUsers: 40 });
    await (await h.connector()).sync();
    const before = leverSaasUsers(h.sandbox).filter((s) => s.status === "active").length;
    for (const id of pick(h.sandbox.lever.state.users().map((u) => u.id)))
      h.sandbox.lever.state.removeUser(id);

    const report = await (await h.connector({ saas: { maxDeactivations: "5%" } })).sync();
    expect(report.safety).toMatchObject({ tripped: true, limit: Math.floor(before * 0.05) });
    expect(report.safety?.planned).toBeGreaterThan(report.safety?.limit ?? 0);
    expect(report.outcome).toBe("safety-tripped");
    expect(report.counts.saas.deactivate).toBe(0);
    expect(exitCodeFor(report)).toBe(4);
    expect(leverSaasUsers(h.sandbox).filter((s) => s.status === "active").length).toBe(before);
  });

  it("records a per-record failure with its reason and writes every other record", async () => {
    const h = await harness({ leverUsers: 30 });
    const plan = await (await h.connector({ sync: { records: "users" } })).plan();
    const victim = plan.users.find((a) => a.action === "create");
    if (victim?.action !== "create") throw new Error("no create planned");
    // Oomnitza refuses that one create (as it does for a username taken by a hidden record).
    const refuseOne = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === "POST" && new URL(request.url).pathname === "/api/v3/users") {
        const body = (await request.clone().json()) as Record<string, unknown>;
        if (body.username === victim.record.username)
          return new Response(JSON.stringify({ message: "username already exists" }), {
            status: 400,
            headers: { "content-type": "application/json" },
          });
      }
      return fetch(request);
    };
    const connector = await h.connector({ sync: { records: "users" } }, { fetch: refuseOne });
    const report = await connector.apply(plan);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ target: "user", action: "create", leverId: victim.leverId });
    expect(report.failures[0]?.reason).toMatch(/username/i);
    expect(report.outcome).toBe("failures");
    expect(exitCodeFor(report)).toBe(1);
    expect(report.counts.users.create).toBe(plan.summary.users.create - 1);
  });

  it("a saved create whose username was taken since the plan is a conflict skip, not a failed write", async () => {
    const h = await harness({ leverUsers: 30 });
    const connector = await h.connector({ sync: { records: "users" } });
    const plan = await connector.plan();
    const victim = plan.users.find((a) => a.action === "create");
    if (victim?.action !== "create") throw new Error("no create planned");
    h.sandbox.oomnitza.state.addUser({
      username: String(victim.record.username),
      email: "someone.else@acme.example",
      role: 25,
    });
    const report = await connector.apply(plan);
    expect(report.failures).toEqual([]);
    expect(report.skips.find((s) => s.leverId === victim.leverId)?.reason).toMatch(/username/);
    expect(report.counts.users.create).toBe(plan.summary.users.create - 1);
  });

  it("mapping: { role } alone uses the smart mapping, which finds the tenant's lever_id field", async () => {
    const h = await harness({ leverUsers: 20 });
    const first = await (await h.connector({ mapping: { role: 25 } })).sync();
    expect(first.outcome).toBe("ok");
    const people = peopleByLeverId(h.sandbox);
    const synced = first.counts.users.create + first.counts.users.update + first.counts.users.unchanged;
    expect(people.size).toBe(synced);
    expect((await (await h.connector({ mapping: { role: 25 } })).sync()).counts.writes).toBe(0);
  });
});
