import nock from "nock";
import { describe, expect, it } from "vitest";
import { AmbiguousSaasAppError, type ApiError } from "../src/index.js";
import { BASE, rejection, TOKEN, testClient, toArray, useNock } from "./helpers.js";

useNock();

const role = { role_id: "r1", role_external_id: "admin", role_external_label: "Admin" };
const saasUser = (n: number, roles: unknown = [role]) => ({
  saas_user_id: `su${n}`,
  saas_id: 7,
  user_id: `u${n}`,
  email: `user${n}@x.io`,
  user_external_id: `L${n}`,
  last_visit: 1_700_000_000,
  status: "active",
  roles,
});

describe("saas apps", () => {
  it("list pages and get", async () => {
    nock(BASE, { reqheaders: { authorization2: TOKEN } })
      .get("/api/v3/saas")
      .query({ limit: "100", skip: "0" })
      .reply(200, [{ saas_id: 7, saas_name: "Lever" }], { "X-Total-Count": "1" })
      .get("/api/v3/saas/7")
      .reply(200, { saas_id: 7, saas_name: "Lever", url: "https://lever.co" });
    const { client } = testClient();
    expect(await toArray(client.saas.list())).toEqual([{ saas_id: 7, saas_name: "Lever" }]);
    expect((await client.saas.get(7)).url).toBe("https://lever.co");
  });

  it("create returns the input plus the new saas_id and is not retried after a 5xx", async () => {
    nock(BASE).post("/api/v3/saas", { saas_name: "Lever" }).reply(201, { saas_id: "42" });
    const { client } = testClient();
    expect(await client.saas.create({ saas_name: "Lever" })).toEqual({ saas_id: "42", saas_name: "Lever" });

    nock(BASE).post("/api/v3/saas").reply(500);
    const dup = nock(BASE).post("/api/v3/saas").reply(201, { saas_id: "43" });
    const err = (await rejection(() => client.saas.create({ saas_name: "Lever" }))) as ApiError;
    expect(err.kind).toBe("server");
    expect(dup.isDone()).toBe(false);
  });

  it("findByName prefers an exact match, falls back to case-insensitive, else undefined", async () => {
    const apps = [
      { saas_id: 1, saas_name: "LEVER" },
      { saas_id: 2, saas_name: "Lever" },
    ];
    const total = { "X-Total-Count": "2" };
    nock(BASE)
      .get("/api/v3/saas")
      .query({ limit: "100", skip: "0", filter: "saas_name eq 'Lever'" })
      .reply(200, apps, total)
      .get("/api/v3/saas")
      .query({ limit: "100", skip: "0", filter: "saas_name eq 'lever'" })
      .reply(200, apps.slice(0, 1), { "X-Total-Count": "1" })
      .get("/api/v3/saas")
      .query({ limit: "100", skip: "0", filter: "saas_name eq 'Nope'" })
      .reply(200, []);
    const { client } = testClient();
    expect((await client.saas.findByName("Lever"))?.saas_id).toBe(2);
    expect((await client.saas.findByName("lever"))?.saas_id).toBe(1);
    expect(await client.saas.findByName("Nope")).toBeUndefined();
  });

  it("findByName refuses two apps with the name, naming both ids, instead of picking one", async () => {
    nock(BASE)
      .get("/api/v3/saas")
      .query({ limit: "100", skip: "0", filter: "saas_name eq 'Lever'" })
      .reply(
        200,
        [
          { saas_id: 3, saas_name: "Lever" },
          { saas_id: 9, saas_name: "Lever" },
        ],
        { "X-Total-Count": "2" },
      );
    const { client } = testClient();
    const err = await rejection(() => client.saas.findByName("Lever"));
    expect(err).toBeInstanceOf(AmbiguousSaasAppError);
    expect((err as AmbiguousSaasAppError).apps.map((a) => a.saas_id)).toEqual([3, 9]);
    expect((err as Error).message).toMatch(/saas_id 3 \("Lever"\), 9 \("Lever"\)/);
  });
});

describe("saas users of one app", () => {
  it("reads every page and makes roles a list (object, list or null)", async () => {
    nock(BASE)
      .get("/api/v3/saas/7/users")
      .query({ limit: "2", skip: "0" })
      .reply(200, [saasUser(1, role), saasUser(2)], { "X-Total-Count": "3" })
      .get("/api/v3/saas/7/users")
      .query({ limit: "2", skip: "2" })
      .reply(200, [saasUser(3, null)], { "X-Total-Count": "3" });
    const { client } = testClient({ pageSize: 2 });
    const users = await client.saas.users(7).toArray();
    expect(users.map((u) => u.saas_user_id)).toEqual(["su1", "su2", "su3"]);
    expect(users.map((u) => u.roles)).toEqual([[role], [role], []]);
  });

  it("passes last_visit and roles filters", async () => {
    const scope = nock(BASE)
      .get("/api/v3/saas/7/users")
      .query({ limit: "100", skip: "0", last_visit: "1700000000", roles: "admin" })
      .reply(200, []);
    const { client } = testClient();
    expect(await client.saas.users(7, { lastVisit: "1700000000", roles: "admin" }).toArray()).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });
});

describe("saas assignments, external ids and roles", () => {
  it("assignUsers sends [{user_id, assign}] and surfaces per-item errors", async () => {
    const results = [
      { user_id: "u1", error: null },
      { user_id: "u2", error: "User is archived" },
    ];
    nock(BASE)
      .post("/api/v3/saas/7/users", [
        { user_id: "u1", assign: true },
        { user_id: "u2", assign: true },
      ])
      .reply(200, results);
    const { client } = testClient();
    expect(await client.saas.assignUsers(7, ["u1", "u2"], true)).toEqual(results);
  });

  it("assignUsers with an empty 200 reports every item accepted; no ids → no request", async () => {
    nock(BASE).post("/api/v3/saas/7/users").reply(200);
    const { client } = testClient();
    expect(await client.saas.assignUsers(7, ["u1"], false)).toEqual([
      { user_id: "u1", assign: false, error: null },
    ]);
    expect(await client.saas.assignUsers(7, [], true)).toEqual([]);
  });

  it("assignUsers is retried after a 503 (idempotent)", async () => {
    nock(BASE).post("/api/v3/saas/7/users").reply(503).post("/api/v3/saas/7/users").reply(200, []);
    const { client } = testClient();
    await client.saas.assignUsers(7, ["u1"], true);
    expect(client.stats.requests).toBe(2);
  });

  it("setUserExternalId posts user_external_id and returns errors, never dropping them", async () => {
    nock(BASE)
      .post("/api/v3/saas/7/users/u1", { user_external_id: "L1" })
      .reply(200, { user_external_id: "L1", errors: [] })
      .post("/api/v3/saas/7/users/u2", { user_external_id: "L2" })
      .reply(200, { user_external_id: null, errors: ["User is not assigned to the SaaS"] });
    const { client } = testClient();
    expect(await client.saas.setUserExternalId(7, "u1", "L1")).toEqual({
      user_external_id: "L1",
      errors: [],
    });
    expect(await client.saas.setUserExternalId(7, "u2", "L2")).toEqual({
      user_external_id: null,
      errors: ["User is not assigned to the SaaS"],
    });
  });

  it("roles and createRole", async () => {
    const record = { ...role, saas_id: 7, users_count: 3 };
    nock(BASE)
      .get("/api/v3/saas/7/roles")
      .reply(200, [record])
      .post("/api/v3/saas/7/roles", { role_external_label: "Admin" })
      .reply(201, record);
    const { client } = testClient();
    expect(await client.saas.roles(7).toArray()).toEqual([record]);
    expect(await client.saas.createRole(7, { role_external_label: "Admin" })).toEqual(record);
  });

  it("setUserRoles PATCHes {users, roles} and normalises an object or a list of results", async () => {
    const body = {
      users: ["u1", "u2"],
      roles: [{ role_external_id: "interviewer", role_external_label: "Interviewer" }],
    };
    nock(BASE)
      .patch("/api/v3/saas/7/roles/users", body)
      .reply(200, { role_id: "r9", user_id: "u1", errors: null })
      .patch("/api/v3/saas/7/roles/users", body)
      .reply(200, [
        { role_id: "r9", user_id: "u1", errors: [] },
        { role_id: null, user_id: "u2", errors: ["unknown user"] },
      ]);
    const { client } = testClient();
    expect(await client.saas.setUserRoles(7, ["u1", "u2"], body.roles)).toEqual([
      { role_id: "r9", user_id: "u1", errors: [] },
    ]);
    const second = await client.saas.setUserRoles(7, ["u1", "u2"], body.roles);
    expect(second[1]).toEqual({ role_id: null, user_id: "u2", errors: ["unknown user"] });
  });
});
