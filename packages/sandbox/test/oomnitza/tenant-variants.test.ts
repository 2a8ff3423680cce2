import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../src/index.js";
import { testClient } from "../client.js";

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function tenant(name: Parameters<typeof startSandbox>[0] extends infer O ? O : never) {
  sb = await startSandbox({ seed: 3, leverUsers: 30, ...name, data: { oomnitza: { leverApp: true } } });
  return testClient(sb.oomnitza.baseUrl, { authorization2: sb.oomnitza.credentials.token });
}

describe("Oomnitza tenant variants", () => {
  it("export-2022 serves SaaS users without saas_user_id, saas_id or status, roles as one object", async () => {
    const api = await tenant({ tenant: "export-2022" });
    const { body, headers } = await api.call("GET", "/api/v3/saas/1/users?limit=5");
    const users = body as Record<string, unknown>[];
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) {
      expect(u).not.toHaveProperty("saas_user_id");
      expect(u).not.toHaveProperty("saas_id");
      expect(u).not.toHaveProperty("status");
      expect(Array.isArray(u.roles)).toBe(false);
    }
    expect(headers.get("x-total-count")).toBeNull();
    // `saas_id` is no SaaS-user field there: the filter is ignored and every app's users come back.
    const all = (await api.call("GET", "/api/v3/saas_users?filter=saas_id%20eq%203&limit=1000")).body;
    expect((all as unknown[]).length).toBe(sb?.oomnitza.state.saasUsers().length);
    // The roles PATCH needs role_external_id; creating an app needs the export's required fields.
    const role = await api.call("PATCH", "/api/v3/saas/1/roles/users", {
      users: [],
      roles: [{ role_external_label: "admin" }],
    });
    expect(role.status).toBe(400);
    expect(JSON.stringify(role.body)).toMatch(/role_external_id is required/);
    expect((await api.call("POST", "/api/v3/saas", { saas_name: "Lever 2" })).status).toBe(400);
  });

  it("ignore-paging answers the whole SaaS-user list for every page, without X-Total-Count", async () => {
    const api = await tenant({ tenant: "ignore-paging" });
    const first = await api.call("GET", "/api/v3/saas/1/users?limit=2&skip=0");
    const second = await api.call("GET", "/api/v3/saas/1/users?limit=2&skip=2");
    expect((first.body as unknown[]).length).toBe(sb?.oomnitza.state.saasUsers(1).length);
    expect(second.body).toEqual(first.body);
    expect(first.headers.get("x-total-count")).toBeNull();
    // People lists still page normally.
    expect(((await api.call("GET", "/api/v3/users?limit=2")).body as unknown[]).length).toBe(2);
  });

  it("cap-100 cuts limit to 100 on every list and sends no X-Total-Count", async () => {
    const api = await tenant({ tenant: "cap-100" });
    for (let i = 0; i < 120; i++)
      sb?.oomnitza.state.addUser({ username: `u${i}`, email: `u${i}@x.test`, role: 25 });
    const page = await api.call("GET", "/api/v3/users?limit=1000");
    expect((page.body as unknown[]).length).toBe(100);
    expect(page.headers.get("x-total-count")).toBeNull();
  });

  it("refuses an unknown tenant name, naming the valid ones", async () => {
    await expect(startSandbox({ tenant: "acme" as never })).rejects.toThrow(
      /unknown sandbox tenant "acme": use one of standard, export-2022/,
    );
  });
});
