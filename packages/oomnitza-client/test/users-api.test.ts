import { inspect } from "node:util";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { ApiError, f, vendorFields } from "../src/index.js";
import { BASE, rejection, TOKEN, testClient, toArray, useNock } from "./helpers.js";

useNock();

const user = (n: number) => ({
  user_id: `u${n}`,
  username: `user${n}`,
  email: `user${n}@x.io`,
  lever_id: `L${n}`,
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => user(from + i));

describe("users.list", () => {
  it("pages with limit/skip and stops at X-Total-Count even after a full page", async () => {
    const scope = nock(BASE, { reqheaders: { authorization2: TOKEN } })
      .get("/api/v3/users")
      .query({ limit: "2", skip: "0" })
      .reply(200, range(0, 2), { "X-Total-Count": "4" })
      .get("/api/v3/users")
      .query({ limit: "2", skip: "2" })
      .reply(200, range(2, 4), { "X-Total-Count": "4" });
    const { client } = testClient({ pageSize: 2 });
    const users = await toArray(client.users.list());
    expect(users.map((u) => u.user_id)).toEqual(["u0", "u1", "u2", "u3"]);
    expect(vendorFields(users[0] ?? {}).lever_id).toBe("L0");
    expect(scope.isDone()).toBe(true);
  });

  it("without X-Total-Count, asks once more after a short page and stops on the empty one", async () => {
    const scope = nock(BASE)
      .get("/api/v3/users")
      .query({ limit: "2", skip: "0" })
      .reply(200, range(0, 2))
      .get("/api/v3/users")
      .query({ limit: "2", skip: "2" })
      .reply(200, range(2, 3))
      .get("/api/v3/users")
      .query({ limit: "2", skip: "3" })
      .reply(200, []);
    const { client } = testClient();
    const pages = await toArray(client.users.list({ pageSize: 2 }).pages());
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(scope.isDone()).toBe(true);
  });

  it("without X-Total-Count, stops on an empty page after full ones", async () => {
    nock(BASE)
      .get("/api/v3/users")
      .query({ limit: "2", skip: "0" })
      .reply(200, range(0, 2))
      .get("/api/v3/users")
      .query({ limit: "2", skip: "2" })
      .reply(200, []);
    const { client } = testClient();
    expect(await toArray(client.users.list({ pageSize: 2 }))).toHaveLength(2);
  });

  it("sends filter, sortby and fields; the filter is URL-encoded so & and % survive", async () => {
    const want = f.and(
      f.eq("last_name", "O'Brien"),
      f.like("company", "AT&T 100%"),
      f.eq("city", "Zürich 東京"),
    );
    let rawPath = "";
    nock(BASE)
      .get("/api/v3/users")
      .query({ limit: "100", skip: "0", filter: want, sortby: "email asc", fields: "user_id,email" })
      .reply(function () {
        rawPath = this.req.path;
        return [200, []];
      });
    const { client } = testClient();
    await toArray(client.users.list({ filter: want, sortby: "email asc", fields: ["user_id", "email"] }));
    expect(new URL(rawPath, BASE).searchParams.get("filter")).toBe(want);
    expect(rawPath).toMatch(/O(%27|')(%27|')Brien/);
    expect(rawPath).toContain("AT%26T%20100%25");
    expect(rawPath).toContain(encodeURIComponent("Zürich 東京"));
  });
});

describe("users CRUD", () => {
  it("get, create, update (PATCH), delete, with write headers", async () => {
    const scope = nock(BASE, { reqheaders: { authorization2: TOKEN } })
      .get("/api/v3/users/u1")
      .reply(200, user(1))
      .post("/api/v3/users", { username: "new", email: "new@x.io", lever_id: "L9" })
      .matchHeader("oomnitza-allow-unknown-meta-fields", "1")
      .reply(200, { user_id: "u9", username: "new" })
      .patch("/api/v3/users/u1", { position: "Engineer" })
      .matchHeader("oomnitza-not-trigger-wf", "1")
      .reply(200, { ...user(1), position: "Engineer" })
      .delete("/api/v3/users/u1")
      .reply(204);
    const { client } = testClient();
    expect((await client.users.get("u1")).email).toBe("user1@x.io");
    const created = await client.users.create(
      { username: "new", email: "new@x.io", lever_id: "L9" },
      { allowUnknownFields: true },
    );
    expect(created.user_id).toBe("u9");
    const updated = await client.users.update("u1", { position: "Engineer" }, { skipWorkflows: true });
    expect(updated.position).toBe("Engineer");
    await expect(client.users.delete("u1")).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it("findAllBy builds an eq filter and returns every match; findBy the first or undefined", async () => {
    nock(BASE)
      .get("/api/v3/users")
      .query({ limit: "100", skip: "0", filter: "lever_id eq 'L''1'" })
      .times(2)
      .reply(200, [user(1), user(2)], { "X-Total-Count": "2" })
      .get("/api/v3/users")
      .query({ limit: "100", skip: "0", filter: "lever_id eq 'none'" })
      .reply(200, [], { "X-Total-Count": "0" });
    const { client } = testClient();
    expect(await client.users.findAllBy("lever_id", "L'1").toArray()).toEqual([user(1), user(2)]);
    expect(await client.users.findBy("lever_id", "L'1")).toEqual(user(1));
    expect(await client.users.findBy("lever_id", "none")).toBeUndefined();
  });

  it("meta lists field metadata", async () => {
    const fields = [{ name: "lever_id", type: "text", unique: true, label: "Lever ID" }];
    nock(BASE).get("/api/v3/users/meta").reply(200, fields);
    const { client } = testClient();
    expect(await client.users.meta()).toEqual(fields);
  });

  it("Basic auth sends an Authorization header instead of Authorization2", async () => {
    const basic = `Basic ${Buffer.from("svc:pw").toString("base64")}`;
    const scope = nock(BASE, { reqheaders: { authorization: basic }, badheaders: ["authorization2"] })
      .get("/api/v3/users/u1")
      .reply(200, user(1));
    const { client } = testClient({ token: undefined, username: "svc", password: "pw" });
    await client.users.get("u1");
    expect(scope.isDone()).toBe(true);
  });
});

describe("users errors", () => {
  it.each([
    [401, "auth"],
    [403, "permission"],
    [404, "not-found"],
    [400, "bad-request"],
  ] as const)("%i → ApiError kind %s with the body kept", async (status, kind) => {
    nock(BASE).get("/api/v3/users/u1").reply(status, { error: "nope" });
    const { client } = testClient();
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(err.body).toEqual({ error: "nope" });
    expect(err.retriable).toBe(false);
  });

  it("keeps a plain-text error body", async () => {
    nock(BASE).get("/api/v3/users/u1").reply(400, "Bad filter", { "Content-Type": "text/plain" });
    const { client } = testClient();
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err.body).toBe("Bad filter");
  });

  it("waits for Retry-After on 429, then succeeds", async () => {
    const scope = nock(BASE)
      .get("/api/v3/users/u1")
      .reply(429, "slow down", { "Retry-After": "7" })
      .get("/api/v3/users/u1")
      .reply(200, user(1));
    const { client, sleeps } = testClient();
    expect((await client.users.get("u1")).user_id).toBe("u1");
    expect(sleeps).toContain(7_000);
    expect(client.stats.rateLimited).toBe(1);
    expect(client.stats.retries).toBe(1);
    expect(scope.isDone()).toBe(true);
  });

  it("a 429 that persists ends as ApiError kind rate-limited", async () => {
    nock(BASE).get("/api/v3/users/u1").times(3).reply(429, {}, { "Retry-After": "1" });
    const { client } = testClient();
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err.kind).toBe("rate-limited");
    expect(client.stats.requests).toBe(3);
  });

  it("retries a GET after a 503", async () => {
    nock(BASE).get("/api/v3/users/u1").reply(503).get("/api/v3/users/u1").reply(200, user(1));
    const { client } = testClient();
    expect((await client.users.get("u1")).user_id).toBe("u1");
    expect(client.stats.requests).toBe(2);
  });

  it("never retries a POST that creates a user after a 5xx", async () => {
    const scope = nock(BASE).post("/api/v3/users").reply(502, "bad gateway");
    const second = nock(BASE).post("/api/v3/users").reply(200, { user_id: "dup" });
    const { client } = testClient();
    const err = (await rejection(() => client.users.create({ username: "x" }))) as ApiError;
    expect(err.kind).toBe("server");
    expect(err.status).toBe(502);
    expect(scope.isDone()).toBe(true);
    expect(second.isDone()).toBe(false);
    expect(client.stats.requests).toBe(1);
  });

  it("never retries a POST that creates a user after a timeout", async () => {
    nock(BASE).post("/api/v3/users").delay(500).reply(200, { user_id: "late" });
    const second = nock(BASE).post("/api/v3/users").reply(200, { user_id: "dup" });
    const { client } = testClient({ timeoutMs: 50 });
    const err = (await rejection(() => client.users.create({ username: "x" }))) as ApiError;
    expect(err.kind).toBe("timeout");
    expect(second.isDone()).toBe(false);
    expect(client.stats.requests).toBe(1);
  });

  it("retries an idempotent PATCH after a 500", async () => {
    nock(BASE)
      .patch("/api/v3/users/u1")
      .reply(500)
      .patch("/api/v3/users/u1")
      .reply(200, { ...user(1), position: "x" });
    const { client } = testClient();
    expect((await client.users.update("u1", { position: "x" })).position).toBe("x");
  });

  it("an invalid JSON 200 body is re-read, and an invalid-response error once the retries are spent", async () => {
    nock(BASE)
      .get("/api/v3/users/u1")
      .times(3)
      .reply(200, "<html>maintenance</html>", { "Content-Type": "application/json" });
    const { client, sleeps } = testClient();
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err.kind).toBe("invalid-response");
    expect(sleeps).toHaveLength(2);
    expect(nock.isDone()).toBe(true);
  });
});

describe("secrets", () => {
  it("the token never appears in errors or logs, even when the server echoes it", async () => {
    nock(BASE)
      .get("/api/v3/users/u1")
      .reply(503, { message: `bad token ${TOKEN}` })
      .get("/api/v3/users/u1")
      .times(2)
      .reply(401, { message: `token ${TOKEN} rejected`, token: TOKEN });
    const { client, logger } = testClient();
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err.kind).toBe("auth");
    const surfaces = [
      err.message,
      err.stack ?? "",
      err.toString(),
      JSON.stringify(err),
      inspect(err, { depth: 10 }),
      JSON.stringify(logger.lines),
    ];
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const text of surfaces) expect(text).not.toContain(TOKEN);
  });

  it("the Basic password never appears in errors or logs", async () => {
    const password = "hunter2-very-secret";
    nock(BASE).get("/api/v3/users/u1").reply(403, `denied for ${password}`);
    const { client, logger } = testClient({ token: undefined, username: "svc", password });
    const err = (await rejection(() => client.users.get("u1"))) as ApiError;
    expect(err.kind).toBe("permission");
    const basic = Buffer.from(`svc:${password}`).toString("base64");
    for (const text of [
      err.message,
      err.stack ?? "",
      String(err),
      JSON.stringify(err),
      inspect(err),
      JSON.stringify(logger.lines),
    ]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(basic);
    }
  });
});
