import { ApiError, PaginationError } from "@lever-oomnitza/http";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BASE, BASIC, collect, leverUser, testClient } from "./helpers.js";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const lever = () => nock(BASE, { reqheaders: { authorization: BASIC } });
// Real tokens look like URL-encoded JSON (docs/vendor-facts.md#lever-lists-and-pagination); the client must hand back exactly this string.
const TOKEN_1 = "%5B1733206956064%2C%22c21d911f-0000-4000-8000-000000000001%22%5D";
const TOKEN_2 = "0.1414895548650.a6070140-0000-4000-8000-000000000002";

describe("users.list", () => {
  it("walks 3 pages, sending the same filters each time and the tokens unchanged", async () => {
    const filters = {
      includeDeactivated: "true",
      accessRole: ["admin", "limited team member"],
      external_directory_id: "E-7",
      limit: "2",
    };
    const scope = lever()
      .get("/v1/users")
      .query(filters)
      .reply(200, { data: [leverUser(1), leverUser(2)], hasNext: true, next: TOKEN_1 })
      .get("/v1/users")
      .query({ ...filters, offset: TOKEN_1 })
      .reply(200, { data: [leverUser(3), leverUser(4)], hasNext: true, next: TOKEN_2 })
      .get("/v1/users")
      .query({ ...filters, offset: TOKEN_2 })
      .reply(200, { data: [leverUser(5)], hasNext: false, next: "ignored-when-hasNext-false" });
    const pages = await collect(
      testClient()
        .users.list({
          includeDeactivated: true,
          accessRole: ["admin", "limited team member"],
          externalDirectoryId: "E-7",
          pageSize: 2,
        })
        .pages(),
    );
    expect(pages.map((p) => p.map((u) => u.name))).toEqual([
      ["User 1", "User 2"],
      ["User 3", "User 4"],
      ["User 5"],
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("returns deactivated users only with includeDeactivated", async () => {
    const active = leverUser(1);
    const gone = leverUser(2, { deactivatedAt: 1717171717000 });
    lever()
      .get("/v1/users")
      .query((q) => !("includeDeactivated" in q))
      .reply(200, { data: [active], hasNext: false })
      .get("/v1/users")
      .query((q) => q.includeDeactivated === "true")
      .reply(200, { data: [active, gone], hasNext: false });
    const client = testClient();
    expect((await collect(client.users.list())).map((u) => u.id)).toEqual([active.id]);
    const all = await collect(client.users.list({ includeDeactivated: true }));
    expect(all.map((u) => u.deactivatedAt)).toEqual([null, 1717171717000]);
  });

  it("normalizes an absent deactivatedAt to null and keeps unknown fields", async () => {
    const { deactivatedAt: _, ...withoutDeactivated } = leverUser(1);
    lever()
      .get("/v1/users")
      .query(true)
      .reply(200, { data: [{ ...withoutDeactivated, newLeverField: 42 }], hasNext: false });
    const [user] = await collect(testClient().users.list());
    expect(user).toMatchObject({ deactivatedAt: null, newLeverField: 42 });
  });

  it("throws PaginationError when Lever repeats a token", async () => {
    lever()
      .get("/v1/users")
      .query(true)
      .times(3)
      .reply(200, { data: [leverUser(1)], hasNext: true, next: "same" });
    await expect(collect(testClient().users.list())).rejects.toBeInstanceOf(PaginationError);
  });

  it("passes a listed user without email or with nulls through, so one odd record cannot fail the page", async () => {
    const odd = { id: "u-odd", name: null, email: null, accessRole: null, createdAt: null };
    const { email: _, ...noEmail } = leverUser(2);
    lever()
      .get("/v1/users")
      .query(true)
      .reply(200, { data: [leverUser(1), odd, noEmail], hasNext: false });
    const users = await collect(testClient().users.list());
    expect(users.map((u) => u.id)).toEqual([leverUser(1).id, "u-odd", noEmail.id]);
    expect(users[1]).toMatchObject({ email: null, name: null, deactivatedAt: null });
    expect(users[2]?.email).toBeUndefined();
  });

  it("still refuses a listed user without an id: nothing could refer to it", async () => {
    lever()
      .get("/v1/users")
      .query(true)
      .reply(200, { data: [leverUser(1), { name: "no id", email: "x@example.com" }], hasNext: false });
    await expect(collect(testClient().users.list())).rejects.toMatchObject({ kind: "invalid-response" });
  });

  it("treats hasNext without a token as an invalid response", async () => {
    lever().get("/v1/users").query(true).reply(200, { data: [], hasNext: true });
    await expect(collect(testClient().users.list())).rejects.toMatchObject({ kind: "invalid-response" });
  });

  it("rejects a pageSize outside 1..100 before any request", () => {
    expect(() => testClient().users.list({ pageSize: 101 })).toThrow(/pageSize/);
  });
});

describe("users single-record operations", () => {
  it("get", async () => {
    const u = leverUser(9);
    lever().get(`/v1/users/${u.id}`).reply(200, { data: u });
    expect(await testClient().users.get(u.id)).toEqual(u);
  });

  it("findByEmail asks for deactivated users too and returns the match", async () => {
    const gone = leverUser(3, { deactivatedAt: 1717171717000 });
    lever()
      .get("/v1/users")
      .query({ email: gone.email, includeDeactivated: "true", limit: "100" })
      .reply(200, { data: [gone], hasNext: false })
      .get("/v1/users")
      .query({ email: "nobody@acme.io", includeDeactivated: "true", limit: "100" })
      .reply(200, { data: [], hasNext: false });
    const client = testClient();
    expect(await client.users.findByEmail(gone.email)).toEqual(gone);
    expect(await client.users.findByEmail("nobody@acme.io")).toBeUndefined();
  });

  it("create POSTs the input and returns the created user (201)", async () => {
    const input = { name: "Priya Raman", email: "priya.raman@acme.io", accessRole: "team member" as const };
    const created = leverUser(5, input);
    lever()
      .post("/v1/users", input)
      .matchHeader("content-type", /application\/json/)
      .reply(201, { data: created });
    expect(await testClient().users.create(input)).toEqual(created);
  });

  it("update reads, merges and PUTs the whole record without read-only fields", async () => {
    const current = leverUser(4, { jobTitle: "Recruiter", managerId: "m-1", photo: "https://x/p.png" });
    let sent: unknown;
    lever()
      .get(`/v1/users/${current.id}`)
      .reply(200, { data: current })
      .put(`/v1/users/${current.id}`, (body) => {
        sent = body;
        return true;
      })
      .reply(200, { data: { ...current, jobTitle: "Head of Talent" } });
    const updated = await testClient().users.update(current.id, { jobTitle: "Head of Talent" });
    expect(updated.jobTitle).toBe("Head of Talent");
    expect(sent).toEqual({
      name: current.name,
      email: current.email,
      accessRole: current.accessRole,
      externalDirectoryId: current.externalDirectoryId,
      jobTitle: "Head of Talent",
      managerId: "m-1",
    });
  });

  it("update accepts Lever's documented 201 for PUT", async () => {
    const current = leverUser(6);
    lever()
      .get(`/v1/users/${current.id}`)
      .reply(200, { data: current })
      .put(`/v1/users/${current.id}`)
      .reply(201, { data: { ...current, name: "New" } });
    expect((await testClient().users.update(current.id, { name: "New" })).name).toBe("New");
  });

  it.each([
    ["deactivate", 1717171717000],
    ["reactivate", null],
  ] as const)("%s", async (op, deactivatedAt) => {
    const u = leverUser(7, { deactivatedAt });
    lever().post(`/v1/users/${u.id}/${op}`).reply(200, { data: u });
    expect((await testClient().users[op](u.id)).deactivatedAt).toBe(deactivatedAt);
  });
});

describe("tags.list", () => {
  it("returns every tag, following pages when Lever sends them", async () => {
    lever()
      .get("/v1/tags")
      .query({ limit: "100" })
      .reply(200, { data: [{ text: "Backend Engineer", count: 42 }], hasNext: true, next: "t1" })
      .get("/v1/tags")
      .query({ limit: "100", offset: "t1" })
      .reply(200, { data: [{ text: "Referral", count: 3 }] });
    expect(await testClient().tags.list().toArray()).toEqual([
      { text: "Backend Engineer", count: 42 },
      { text: "Referral", count: 3 },
    ]);
  });
});

describe("errors", () => {
  it.each([
    [401, "auth", "UnauthorizedError"],
    [403, "permission", "Forbidden"],
    [404, "not-found", "ResourceNotFound"],
    [400, "bad-request", "BadRequestError"],
  ] as const)("%i → ApiError kind %s, not retried", async (status, kind, code) => {
    const scope = lever()
      .get("/v1/users/u-1")
      .reply(status, { code, message: "users u-1 was not found" })
      .get("/v1/users/u-1")
      .reply(200, { data: leverUser(1) });
    const err = await testClient()
      .users.get("u-1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      kind,
      status,
      code,
      method: "GET",
      url: `${BASE}/v1/users/u-1`,
      retriable: false,
    });
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it("a 200 with a non-JSON body is an invalid response", async () => {
    lever().get("/v1/users/u-1").reply(200, "<html>maintenance</html>");
    await expect(testClient().users.get("u-1")).rejects.toMatchObject({ kind: "invalid-response" });
  });

  it("a 200 without a user in the envelope is an invalid response", async () => {
    lever()
      .get("/v1/users/u-1")
      .reply(200, { data: { name: "no id" } });
    await expect(testClient().users.get("u-1")).rejects.toMatchObject({ kind: "invalid-response" });
  });
});
