import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset, type OomnitzaSandbox, startOomnitzaSandbox } from "../../src/index.js";
import { testClient } from "../client.js";
import { specValidator } from "../spec-validator.js";

const validate = specValidator("oomnitza");
let oom: OomnitzaSandbox;
let api: ReturnType<typeof testClient>;
type User = Record<string, unknown> & { user_id: string };
const newUser = (n: string) => ({
  username: `${n}@acme.example`,
  email: `${n}@acme.example`,
  first_name: "New",
  last_name: n,
  role: 25,
});

beforeAll(async () => {
  oom = await startOomnitzaSandbox({
    dataset: generateDataset({
      seed: 5,
      leverUsers: 80,
      now: Date.UTC(2026, 0, 1),
      oomnitza: { leverApp: true },
    }),
    pageSize: { maxLimit: 20 },
  });
  api = testClient(oom.baseUrl, { authorization2: oom.credentials.token });
});
afterAll(async () => {
  const problems = api.log.flatMap((e) => validate(e.method, e.path, e.status, e.body));
  expect(problems).toEqual([]);
  await oom.close();
});

describe("GET /api/v3/users", () => {
  it("returns a bare array with X-Total-Count, paged by limit/skip, with the limit silently capped", async () => {
    const total = oom.state.users().length;
    const first = await api.call("GET", "/api/v3/users?limit=10&skip=0");
    expect(Array.isArray(first.body)).toBe(true);
    expect(first.headers.get("x-total-count")).toBe(String(total));
    const seen: string[] = [];
    for (let skip = 0; skip < total; skip += 10) {
      seen.push(
        ...((await api.call("GET", `/api/v3/users?limit=10&skip=${skip}`)).body as User[]).map(
          (u) => u.user_id,
        ),
      );
    }
    expect(seen).toEqual(oom.state.users().map((u) => u.user_id));
    expect(((await api.call("GET", "/api/v3/users?limit=5000")).body as User[]).length).toBe(20);
    expect((await api.call("GET", "/api/v3/users?limit=0")).status).toBe(400);
  });

  it("filters, sorts and projects fields", async () => {
    const someone = oom.state.users()[3] as User;
    const email = String(someone.email).toUpperCase();
    const exact = await api.call(
      "GET",
      `/api/v3/users?filter=${encodeURIComponent(`email eq '${someone.email}'`)}`,
    );
    expect((exact.body as User[]).map((u) => u.user_id)).toEqual([someone.user_id]);
    const like = await api.call(
      "GET",
      `/api/v3/users?filter=${encodeURIComponent(`email LIKE '${email}' AND role IN [25, 30]`)}`,
    );
    expect((like.body as User[]).map((u) => u.user_id)).toEqual([someone.user_id]);
    const noLever = await api.call(
      "GET",
      `/api/v3/users?limit=1000&filter=${encodeURIComponent("lever_id IS NULL")}`,
    );
    expect(noLever.headers.get("x-total-count")).toBe(
      String(oom.state.users().filter((u) => u.lever_id == null).length),
    );
    const sorted = (await api.call("GET", "/api/v3/users?sortby=email%20desc&fields=email&limit=20"))
      .body as User[];
    expect(Object.keys(sorted[0] as object).sort()).toEqual(["email", "user_id"]);
    expect(sorted.map((u) => u.email)).toEqual([...sorted.map((u) => u.email)].sort().reverse());
    for (const bad of ["email eq", "email eq 'x", "nosuch eq 1", "email ~ 'x'"]) {
      const r = await api.call("GET", `/api/v3/users?filter=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
    }
    expect((await api.call("GET", "/api/v3/users?sortby=nosuch%20asc")).status).toBe(400);
    expect((await api.call("GET", "/api/v3/users?fields=nosuch")).status).toBe(400);
  });
});

describe("user writes", () => {
  it("creates with required username, email and a tenant role, and refuses case-insensitive duplicates", async () => {
    const created = await api.call("POST", "/api/v3/users", { ...newUser("ivy"), lever_id: "lev-ivy" });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ full_name: "New ivy", lever_id: "lev-ivy", role: 25 });
    for (const [body, message] of [
      [{ ...newUser("x1"), username: "IVY@acme.example" }, /username .* already used/],
      [{ ...newUser("x2"), email: "Ivy@ACME.example" }, /email .* already used/],
      [{ ...newUser("x3"), lever_id: "LEV-IVY" }, /lever_id .* already used/],
      [{ email: "x4@acme.example", role: 25 }, /username is required/],
      [{ ...newUser("x5"), role: 999 }, /role: 999 is not a role/],
      [{ ...newUser("x6"), email: "not-an-email" }, /not an email/],
      [{ ...newUser("x7"), shoe_size: 44 }, /Unknown field "shoe_size"/],
    ] as const) {
      const r = await api.call("POST", "/api/v3/users", body);
      expect(r.status).toBe(400);
      expect((r.body as { message: string }).message).toMatch(message);
    }
    const allowed = await api.call(
      "POST",
      "/api/v3/users",
      { ...newUser("x8"), shoe_size: 44 },
      { "Oomnitza-Allow-Unknown-Meta-Fields": "1" },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body).not.toHaveProperty("shoe_size");
  });

  it("PATCH changes only the fields sent; DELETE removes; unknown ids are 404", async () => {
    const u = (await api.call("POST", "/api/v3/users", newUser("patchme"))).body as User;
    const patched = await api.call("PATCH", `/api/v3/users/${u.user_id}`, {
      last_name: "Patched",
      user_id: u.user_id,
    });
    expect(patched.body).toMatchObject({
      last_name: "Patched",
      first_name: "New",
      email: u.email,
      full_name: "New Patched",
    });
    expect((await api.call("PATCH", `/api/v3/users/${u.user_id}`, { email: null })).status).toBe(400);
    // PATCH keeps the unique indexes too: taking another person's email (in any case) is refused.
    const other = (await api.call("POST", "/api/v3/users", newUser("other"))).body as User;
    const taken = await api.call("PATCH", `/api/v3/users/${u.user_id}`, { email: "OTHER@acme.example" });
    expect(taken.status).toBe(400);
    expect((taken.body as { message: string }).message).toMatch(/email .* already used/);
    expect((await api.call("GET", `/api/v3/users/${u.user_id}`)).body).toMatchObject({ email: u.email });
    // Re-sending one's own email in another case is not a conflict with oneself.
    const own = await api.call("PATCH", `/api/v3/users/${other.user_id}`, { email: "Other@ACME.example" });
    expect(own.status).toBe(200);
    expect((await api.call("DELETE", `/api/v3/users/${u.user_id}`)).status).toBe(200);
    expect((await api.call("GET", `/api/v3/users/${u.user_id}`)).status).toBe(404);
    expect((await api.call("PATCH", `/api/v3/users/${u.user_id}`, { last_name: "x" })).status).toBe(404);
    expect(oom.state.duplicates().clean).toBe(true);
  });

  it("serves field metadata including the unique lever_id custom field", async () => {
    const meta = (await api.call("GET", "/api/v3/users/meta")).body as { name: string; unique?: boolean }[];
    expect(meta.find((f) => f.name === "lever_id")).toMatchObject({ type: "text", unique: true });
  });
});

describe("SaaS", () => {
  it("creates an app, assigns users, stores external ids and overwrites roles", async () => {
    expect(oom.state.findSaasApp("Lever")).toBeDefined();
    const created = await api.call("POST", "/api/v3/saas", { saas_name: "Greenhouse" });
    expect(created.status).toBe(201);
    const saasId = (created.body as { saas_id: number }).saas_id;
    const [a, b] = oom.state.users() as User[];
    const assign = await api.call("POST", `/api/v3/saas/${saasId}/users`, [
      { user_id: a?.user_id, assign: true },
      { user_id: b?.user_id, assign: true },
      { user_id: "nobody", assign: true },
    ]);
    expect((assign.body as { error: string | null }[]).map((r) => r.error === null)).toEqual([
      true,
      true,
      false,
    ]);
    await api.call("POST", `/api/v3/saas/${saasId}/users`, [{ user_id: a?.user_id, assign: true }]);
    expect(oom.state.saasUsers(saasId)).toHaveLength(2);
    const ext = await api.call("POST", `/api/v3/saas/${saasId}/users/${a?.user_id}`, {
      user_external_id: "lev-a",
    });
    expect(ext.body).toEqual({ user_external_id: "lev-a", errors: [] });
    const notAssigned = await api.call("POST", `/api/v3/saas/${saasId}/users/nobody`, {
      user_external_id: "x",
    });
    expect((notAssigned.body as { errors: string[] }).errors).toHaveLength(1);
    await api.call("PATCH", `/api/v3/saas/${saasId}/roles/users`, {
      users: [a?.user_id],
      roles: [{ role_external_label: "admin" }],
    });
    await api.call("PATCH", `/api/v3/saas/${saasId}/roles/users`, {
      users: [a?.user_id],
      roles: [{ role_external_label: "interviewer" }],
    });
    const seats = (await api.call("GET", `/api/v3/saas/${saasId}/users`)).body as {
      user_id: string;
      roles: { role_external_label: string }[];
    }[];
    expect(seats.find((s) => s.user_id === a?.user_id)?.roles.map((r) => r.role_external_label)).toEqual([
      "interviewer",
    ]);
    const roles = (await api.call("GET", `/api/v3/saas/${saasId}/roles`)).body as {
      role_external_label: string;
      users_count: number;
    }[];
    expect(roles.map((r) => [r.role_external_label, r.users_count])).toEqual([
      ["admin", 0],
      ["interviewer", 1],
    ]);
    expect(
      (await api.call("POST", `/api/v3/saas/${saasId}/roles`, { role_external_label: "Admin" })).status,
    ).toBe(400);
    expect(
      (await api.call("POST", `/api/v3/saas/${saasId}/roles`, { role_external_label: "team member" })).status,
    ).toBe(201);
    await api.call("POST", `/api/v3/saas/${saasId}/users`, [{ user_id: b?.user_id, assign: false }]);
    expect(oom.state.saasUsers(saasId).map((s) => s.user_id)).toEqual([a?.user_id]);
    expect((await api.call("GET", "/api/v3/saas/99999")).status).toBe(404);
  });

  it("deactivates and activates SaaS users with per-item results in a 200 body", async () => {
    const lever = oom.state.findSaasApp("Lever");
    const seat = oom.state.saasUsers(lever?.saas_id)[0];
    const r = await api.call("PATCH", "/api/v3/saas_users/deactivate", {
      saas_user_ids: [seat?.saas_user_id, "nope"],
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([
      { saas_user_id: seat?.saas_user_id, error: null },
      { saas_user_id: "nope", error: "SaaS user nope not found" },
    ]);
    expect(oom.state.saasUsers(lever?.saas_id)[0]?.status).toBe("deactivated");
    const filtered = await api.call(
      "GET",
      `/api/v3/saas_users?filter=${encodeURIComponent(`status eq 'deactivated' AND saas_id eq ${lever?.saas_id}`)}`,
    );
    expect((filtered.body as { saas_user_id: string }[]).map((s) => s.saas_user_id)).toEqual([
      seat?.saas_user_id,
    ]);
    await api.call("PATCH", "/api/v3/saas_users/activate", { saas_user_ids: [seat?.saas_user_id] });
    expect(oom.state.saasUsers(lever?.saas_id)[0]?.status).toBe("active");
    expect((await api.call("PATCH", "/api/v3/saas_users/activate", { saas_user_ids: [] })).status).toBe(400);
    const stale = await api.call(
      "GET",
      `/api/v3/saas/${lever?.saas_id}/users?last_visit=${Math.floor(Date.UTC(2025, 0, 1) / 1000)}`,
    );
    expect((stale.body as unknown[]).length).toBe(1);
  });
});

describe("auth", () => {
  it("answers 401 without a token, 403 for writes with the read-only token, and accepts Basic", async () => {
    const none = testClient(oom.baseUrl, {});
    expect((await none.call("GET", "/api/v3/users")).status).toBe(401);
    const ro = testClient(oom.baseUrl, { authorization2: oom.credentials.readOnlyToken });
    expect((await ro.call("GET", "/api/v3/users?limit=1")).status).toBe(200);
    const denied = await ro.call("POST", "/api/v3/users", newUser("ro"));
    expect(denied.status).toBe(403);
    expect(JSON.stringify(denied.body)).not.toContain(oom.credentials.readOnlyToken);
    const { username, password } = oom.credentials;
    const basicAuth = testClient(oom.baseUrl, {
      authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`,
    });
    expect((await basicAuth.call("GET", "/api/v3/saas")).status).toBe(200);
    api.log.push(...none.log, ...ro.log, ...basicAuth.log);
  });
});
