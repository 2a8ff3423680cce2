import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LeverSandbox, type SandboxLeverUser, startLeverSandbox } from "../../src/index.js";
import { basic, testClient } from "../client.js";
import { specValidator } from "../spec-validator.js";

const validate = specValidator("lever", "/v1");
let lever: LeverSandbox;
let api: ReturnType<typeof testClient>;

type Page = { data: SandboxLeverUser[]; hasNext: boolean; next?: string };

async function listAll(query: string, limit = 37): Promise<SandboxLeverUser[]> {
  const out: SandboxLeverUser[] = [];
  let offset: string | undefined;
  do {
    const q = new URLSearchParams(query);
    q.set("limit", String(limit));
    if (offset) q.set("offset", offset);
    const page = await api.call("GET", `/users?${q}`);
    expect(page.status).toBe(200);
    const body = page.body as Page;
    out.push(...body.data);
    offset = body.hasNext ? body.next : undefined;
  } while (offset);
  return out;
}

beforeAll(async () => {
  // No rate limit here: the token bucket has its own tests.
  lever = await startLeverSandbox({
    data: { seed: 3, leverUsers: 120, now: Date.UTC(2026, 0, 1) },
    faults: { rateLimit: false },
  });
  api = testClient(lever.baseUrl, basic(lever.credentials.apiKey));
});
afterAll(async () => {
  // Every response the tests saw conforms to openapi/lever.yaml.
  const problems = api.log.flatMap((e) => validate(e.method, e.path, e.status, e.body));
  expect(problems).toEqual([]);
  await lever.close();
});

describe("GET /v1/users", () => {
  it("pages through every active user exactly once, oldest first", async () => {
    const users = await listAll("");
    const active = lever.state.users().filter((u) => u.deactivatedAt === null);
    expect(users.map((u) => u.id)).toEqual(active.map((u) => u.id));
    expect(users.length).toBeLessThan(lever.state.count());
  });

  it("includes deactivated users only with includeDeactivated=true", async () => {
    const users = await listAll("includeDeactivated=true", 100);
    expect(users).toHaveLength(lever.state.count());
    expect(users.some((u) => u.deactivatedAt !== null)).toBe(true);
  });

  it("filters by email case-insensitively, by accessRole (repeated or []) and by external_directory_id", async () => {
    const someone = lever.state
      .users()
      .find((u) => u.externalDirectoryId && u.deactivatedAt === null) as SandboxLeverUser;
    const byEmail = await api.call("GET", `/users?email=${encodeURIComponent(someone.email.toUpperCase())}`);
    expect((byEmail.body as Page).data.map((u) => u.id)).toEqual([someone.id]);
    const byDir = await api.call("GET", `/users?external_directory_id=${someone.externalDirectoryId}`);
    expect((byDir.body as Page).data.map((u) => u.id)).toEqual([someone.id]);
    const admins = await listAll("accessRole=admin&accessRole=super%20admin&includeDeactivated=true");
    const bracket = await listAll("accessRole[]=admin&accessRole[]=super%20admin&includeDeactivated=true");
    const want = lever.state
      .users()
      .filter((u) => u.accessRole === "admin" || u.accessRole === "super admin");
    expect(admins.map((u) => u.id)).toEqual(want.map((u) => u.id));
    expect(bracket.map((u) => u.id)).toEqual(want.map((u) => u.id));
  });

  it("rejects a token reused with other filters, a forged token, and a bad limit", async () => {
    const first = (await api.call("GET", "/users?limit=5")).body as Page;
    const reused = await api.call(
      "GET",
      `/users?limit=5&includeDeactivated=true&offset=${encodeURIComponent(first.next as string)}`,
    );
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({
      code: "BadRequestError",
      message: expect.stringMatching(/^Invalid offset token/),
    });
    const forged = await api.call("GET", `/users?offset=${encodeURIComponent('[1,"x"]')}`);
    expect(forged.status).toBe(400);
    for (const limit of ["0", "101", "abc"])
      expect((await api.call("GET", `/users?limit=${limit}`)).status).toBe(400);
  });

  it("accepts the token raw or encoded once more, and stays correct while users are inserted", async () => {
    const first = (await api.call("GET", "/users?limit=10")).body as Page;
    const token = first.next as string;
    expect(token).toMatch(/^%5B/);
    lever.state.addUser({
      name: "Late Joiner",
      email: "late.joiner@acme.example",
      accessRole: "team member",
    });
    const raw = (await api.call("GET", `/users?limit=10&offset=${token}`)).body as Page;
    const encoded = (await api.call("GET", `/users?limit=10&offset=${encodeURIComponent(token)}`))
      .body as Page;
    expect(raw.data.map((u) => u.id)).toEqual(encoded.data.map((u) => u.id));
    expect(raw.data[0]?.createdAt).toBeGreaterThanOrEqual(first.data.at(-1)?.createdAt as number);
    const all = await listAll("");
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
    expect(all.at(-1)?.email).toBe("late.joiner@acme.example");
  });
});

describe("user writes", () => {
  it("creates (201, defaults to interviewer, username from the email) and refuses a duplicate email in any case", async () => {
    const created = await api.call("POST", "/users", { name: "Ana Lima", email: "Ana.Lima@Acme.example" });
    expect(created.status).toBe(201);
    expect((created.body as { data: SandboxLeverUser }).data).toMatchObject({
      accessRole: "interviewer",
      username: "analima",
      deactivatedAt: null,
    });
    const dup = await api.call("POST", "/users", { name: "Ana Again", email: "ana.lima@acme.example" });
    expect(dup.status).toBe(400);
    expect((await api.call("POST", "/users", { email: "x@acme.example" })).body).toMatchObject({
      message: "Missing required field: name",
    });
    expect(
      (await api.call("POST", "/users", { name: "X", email: "x@acme.example", accessRole: "owner" })).status,
    ).toBe(400);
  });

  it("PUT is a full replace: omitted optional fields are reset", async () => {
    const u = lever.state.users().find((x) => x.jobTitle && x.externalDirectoryId) as SandboxLeverUser;
    const partial = await api.call("PUT", `/users/${u.id}`, { name: "Renamed", email: u.email });
    expect(partial.status).toBe(400);
    const put = await api.call("PUT", `/users/${u.id}`, {
      name: "Renamed",
      email: u.email,
      accessRole: u.accessRole,
    });
    expect(put.status).toBe(200);
    expect(lever.state.get(u.id)).toMatchObject({
      name: "Renamed",
      jobTitle: null,
      externalDirectoryId: null,
      createdAt: u.createdAt,
    });
  });

  it("deactivates and reactivates idempotently; there is no DELETE", async () => {
    const u = lever.state.users().find((x) => x.deactivatedAt === null) as SandboxLeverUser;
    const once = await api.call("POST", `/users/${u.id}/deactivate`);
    const twice = await api.call("POST", `/users/${u.id}/deactivate`);
    expect((once.body as { data: SandboxLeverUser }).data.deactivatedAt).not.toBeNull();
    expect((twice.body as { data: SandboxLeverUser }).data.deactivatedAt).toBe(
      (once.body as { data: SandboxLeverUser }).data.deactivatedAt,
    );
    expect((await api.call("POST", `/users/${u.id}/reactivate`)).status).toBe(200);
    expect(lever.state.get(u.id)?.deactivatedAt).toBeNull();
    const del = await fetch(`${lever.baseUrl}/users/${u.id}`, {
      method: "DELETE",
      headers: basic(lever.credentials.apiKey),
    });
    expect(del.status).toBe(404);
    expect((await api.call("GET", "/users/00000000-0000-4000-8000-000000000000")).body).toMatchObject({
      code: "ResourceNotFound",
    });
  });
});

describe("auth and permissions", () => {
  it("answers 401 for a wrong key and 403 on /tags for a key without the tags permission", async () => {
    const wrong = testClient(lever.baseUrl, basic("not-a-key"));
    expect((await wrong.call("GET", "/users")).status).toBe(401);
    const limited = testClient(lever.baseUrl, basic(lever.credentials.limitedApiKey));
    expect((await limited.call("GET", "/users?limit=1")).status).toBe(200);
    const tags = await limited.call("GET", "/tags");
    expect(tags.status).toBe(403);
    expect(tags.body).toMatchObject({ code: "ForbiddenError" });
    expect(JSON.stringify(tags.body)).not.toContain(lever.credentials.limitedApiKey);
    api.log.push(...wrong.log, ...limited.log);
    const full = await api.call("GET", "/tags");
    expect((full.body as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });

  it("accepts the key as a Bearer token too (OAuth-style)", async () => {
    const bearer = testClient(lever.baseUrl, { authorization: `Bearer ${lever.credentials.apiKey}` });
    expect((await bearer.call("GET", "/users?limit=1")).status).toBe(200);
  });
});
