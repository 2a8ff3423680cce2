// A full sync and both workflows against each sandbox tenant variant that behaves where our spec rests on
// unverified vendor facts (openapi/oomnitza.yaml `x-export-2022`). Each asserts the exact outcome.
import type { Sandbox } from "@lever-oomnitza/sandbox";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/errors/exit-code-for.js";
import { runWorkflow } from "../../src/workflows/run-workflow.js";
import { type Harness, harness, leverSaasUsers } from "./harness.js";

const now = () => new Date();

/** What the connector could change on other apps' SaaS users (status, roles, external id); must stay as is. */
function otherAppsSeats(sandbox: Sandbox) {
  const lever = sandbox.oomnitza.state.findSaasApp("Lever")?.saas_id;
  return sandbox.oomnitza.state
    .saasUsers()
    .filter((s) => s.saas_id !== lever)
    .map((s) => JSON.stringify([s.saas_user_id, s.status, s.roles, s.user_external_id]));
}

const roleWorkflow = { "lever-roles": { type: "saas-user-role", deactivateMissing: true } };
const offboard = (email: string) => ({
  offboard: {
    type: "lever-deactivate-users",
    rule: { field: "email", op: "eq", value: email },
    trigger: { schedule: "0 4 * * *" },
    maxDeactivations: 5,
  },
});

/** An active Lever user holding a seat in the Lever app after a sync: the last one by SaaS-user id. */
function lastSeatedActive(h: Harness) {
  const active = new Set(
    h.sandbox.lever.state
      .users()
      .filter((u) => u.deactivatedAt === null)
      .map((u) => u.email.toLowerCase()),
  );
  const seats = leverSaasUsers(h.sandbox).filter((s) => s.email && active.has(s.email.toLowerCase()));
  return seats.sort((a, b) => Number(a.saas_user_id) - Number(b.saas_user_id)).at(-1)!;
}

describe("export-2022 tenant (SaaS users without saas_user_id, saas_id or status; one role object)", () => {
  it("sync: people and roles go on, deactivation and reactivation are refused loudly naming status", async () => {
    const h = await harness({
      tenant: "export-2022",
      leverUsers: 30,
      seed: 5,
      data: { oomnitza: { leverApp: true } },
    });
    const others = otherAppsSeats(h.sandbox);
    const report = await (await h.connector()).sync();
    expect(report.outcome).toBe("ok");
    expect(report.failures).toEqual([]);
    expect(report.counts.users.create).toBeGreaterThan(0);
    expect(report.counts.saas.roles).toBeGreaterThan(0); // the PATCH carried role_external_id
    expect(report.counts.saas.deactivate + report.counts.saas.reactivate).toBe(0);
    expect(report.degraded?.map((d) => d.field)).toEqual(["status", "saas_user_id"]);
    expect(report.degraded?.[0]?.message).toMatch(
      /have no status .* so SaaS-user deactivation and reactivation was refused/,
    );
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);
    expect(otherAppsSeats(h.sandbox)).toEqual(others);
    // The rerun reads its own writes back: nothing left to do.
    expect((await (await h.connector()).sync()).counts.writes).toBe(0);

    // saas-user-role: /saas_users ignores the saas_id filter and has no saas_id, so the app's users are
    // read through /saas/{ident}/users; roles are already right, deactivation is refused, not guessed.
    const roles = await runWorkflow(await h.configWith({ workflows: roleWorkflow }), "lever-roles", { now });
    expect(roles.outcome).toBe("ok");
    expect(roles.workflow.deactivations).toEqual([]);
    expect(roles.degraded?.map((d) => d.field)).toEqual(["status", "saas_user_id"]);
    expect(roles.counts.writes).toBe(0);
    expect(otherAppsSeats(h.sandbox)).toEqual(others);

    // lever-deactivate-users refuses before any write, naming the field and the fix.
    const target = lastSeatedActive(h);
    h.sandbox.oomnitza.resetStats();
    h.sandbox.lever.resetStats();
    const config = await h.configWith({ workflows: offboard(target.email!) });
    const refused = await runWorkflow(config, "offboard", { now }).catch((e: unknown) => e);
    expect((refused as Error).name).toBe("TenantUnsupportedError");
    expect((refused as Error).message).toMatch(
      /no status .*\(field: status\) Fix: deactivate or reactivate these SaaS users in Oomnitza/,
    );
    expect(exitCodeFor(refused)).toBe(2);
    expect(h.sandbox.oomnitza.stats.writes + h.sandbox.lever.stats.writes).toBe(0);
  });

  it("sync without the app: the refused create tells the user to create it in Oomnitza and name it in saas.app", async () => {
    const h = await harness({ tenant: "export-2022", leverUsers: 8, seed: 6 });
    const report = await (await h.connector()).sync();
    expect(report.counts.users.create).toBeGreaterThan(0);
    const failure = report.failures.find((f) => f.action === "create-app");
    expect(failure?.reason).toMatch(
      /Oomnitza refused to create it with saas_name alone: create the app in Oomnitza \(Software > SaaS\) and set saas.app to its exact name/,
    );
    expect(h.sandbox.oomnitza.state.findSaasApp("Lever")).toBeUndefined();
  });
});

describe("ignore-paging tenant (SaaS-user lists answer everything for every page, no X-Total-Count)", () => {
  it("sync and both workflows stop with the named paging error before any write, never with duplicates", async () => {
    const h = await harness({
      tenant: "ignore-paging",
      leverUsers: 20,
      seed: 7,
      data: { oomnitza: { leverApp: true } },
    });
    const pattern =
      /GET \/api\/v3\/saas\/\{ident\}\/users: the page at skip=\d+ holds exactly the records of the page before it/;
    const report = await (await h.connector()).sync();
    expect(report.outcome).toBe("error");
    expect(report.error?.message).toMatch(pattern);
    expect(report.error?.exitCode).toBe(5);
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);
    for (const [workflows, name] of [
      [roleWorkflow, "lever-roles"],
      [offboard("nobody@example.com"), "offboard"],
    ] as const) {
      const error = await runWorkflow(await h.configWith({ workflows }), name, { now }).catch(
        (e: unknown) => e,
      );
      expect((error as Error).message).toMatch(
        /GET \/api\/v3\/saas_users: the page at skip=\d+ holds exactly/,
      );
      expect(exitCodeFor(error)).toBe(5);
    }
    expect(h.sandbox.oomnitza.stats.writes + h.sandbox.lever.stats.writes).toBe(0);
  });
});

describe("cap-100 tenant (limit cut to 100, no X-Total-Count)", () => {
  it("reads past the cap: a rerun creates no duplicate, both workflows see every SaaS user", async () => {
    const h = await harness({ tenant: "cap-100", leverUsers: 130, seed: 8 });
    const first = await (await h.connector()).sync();
    expect(first.outcome).toBe("ok");
    expect(h.sandbox.oomnitza.state.users().length).toBeGreaterThan(100);
    const seats = leverSaasUsers(h.sandbox).length;
    expect(seats).toBeGreaterThan(100);
    const rerun = await (await h.connector()).sync();
    expect(rerun.counts.users.create).toBe(0);
    expect(rerun.counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);

    const roles = await runWorkflow(await h.configWith({ workflows: roleWorkflow }), "lever-roles", { now });
    expect(roles.outcome).toBe("ok");
    expect(roles.counts.writes).toBe(0);
    const target = lastSeatedActive(h);
    const config = await h.configWith({ workflows: offboard(target.email!) });
    const off = await runWorkflow(config, "offboard", { now });
    expect(off.outcome).toBe("ok");
    expect(off.workflow.deactivations.map((d) => [d.saasUserId, d.lever, d.oomnitza])).toEqual([
      [target.saas_user_id, "deactivated", "deactivated"],
    ]);
  });
});

describe("ignore-filter tenant (/saas_users answers every app's SaaS users)", () => {
  it("the workflows act on the Lever app's SaaS users only", async () => {
    const h = await harness({ tenant: "ignore-filter", leverUsers: 20, seed: 9 });
    expect((await (await h.connector()).sync()).outcome).toBe("ok");
    const others = otherAppsSeats(h.sandbox);
    expect(others.length).toBeGreaterThan(0);
    const ids = new Set(leverSaasUsers(h.sandbox).map((s) => s.saas_user_id));
    // Other apps' users are in no Lever listing: acted on, every one would be "missing in Lever".
    const roles = await runWorkflow(await h.configWith({ workflows: roleWorkflow }), "lever-roles", { now });
    expect(roles.outcome).toBe("ok");
    expect(roles.workflow.deactivations.every((d) => ids.has(d.saasUserId))).toBe(true);
    const target = lastSeatedActive(h);
    const off = await runWorkflow(await h.configWith({ workflows: offboard(target.email!) }), "offboard", {
      now,
    });
    expect(off.workflow.deactivations.map((d) => d.saasUserId)).toEqual([target.saas_user_id]);
    expect(otherAppsSeats(h.sandbox)).toEqual(others);
  });
});
