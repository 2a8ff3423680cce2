import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BASE, BASIC, leverUser, recordingLogger, testClient } from "./helpers.js";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const lever = () => nock(BASE, { reqheaders: { authorization: BASIC } });

describe("retries", () => {
  it("retries a 429 (Lever sends no Retry-After) and succeeds", async () => {
    const u = leverUser(1);
    const scope = lever()
      .get(`/v1/users/${u.id}`)
      .reply(429, { code: "TooManyRequests", message: "slow down" })
      .get(`/v1/users/${u.id}`)
      .reply(200, { data: u });
    const logger = recordingLogger();
    const client = testClient({ logger });
    expect(await client.users.get(u.id)).toEqual(u);
    expect(scope.isDone()).toBe(true);
    expect(client.stats).toMatchObject({
      requests: 2,
      retries: 1,
      rateLimited: 1,
      byStatus: { "429": 1, "200": 1 },
    });
    expect(client.stats.byRoute).toEqual({ "GET /v1/users/:id": 2 });
    expect(logger.lines.filter((l) => l.includes("retrying"))).toHaveLength(1);
  });

  it("retries a 503 on a read and succeeds", async () => {
    const scope = lever()
      .get("/v1/users")
      .query(true)
      .reply(503, { code: "ServiceUnavailable", message: "maintenance" })
      .get("/v1/users")
      .query(true)
      .reply(200, { data: [leverUser(1)], hasNext: false });
    const users = [];
    for await (const u of testClient().users.list()) users.push(u);
    expect(users).toHaveLength(1);
    expect(scope.isDone()).toBe(true);
  });

  it("does not retry a create that got a 503 (Lever may have created the user)", async () => {
    const scope = lever()
      .post("/v1/users")
      .reply(503, { code: "ServiceUnavailable", message: "maintenance" })
      .post("/v1/users")
      .reply(201, { data: leverUser(2) });
    const err = await testClient()
      .users.create({ name: "A", email: "a@acme.io" })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "server", status: 503, method: "POST", retriable: true });
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it("does retry a create that got a 429 (the server did not act)", async () => {
    const scope = lever()
      .post("/v1/users")
      .reply(429, { code: "TooManyRequests", message: "slow down" })
      .post("/v1/users")
      .reply(201, { data: leverUser(2) });
    expect((await testClient().users.create({ name: "A", email: "a@acme.io" })).id).toBe(leverUser(2).id);
    expect(scope.isDone()).toBe(true);
  });

  it("retries deactivate after a 503, because deactivation is idempotent", async () => {
    const u = leverUser(3, { deactivatedAt: 1717171717000 });
    const scope = lever()
      .post(`/v1/users/${u.id}/deactivate`)
      .reply(503, { code: "ServiceUnavailable", message: "x" })
      .post(`/v1/users/${u.id}/deactivate`)
      .reply(200, { data: u });
    expect((await testClient().users.deactivate(u.id)).deactivatedAt).toBe(1717171717000);
    expect(scope.isDone()).toBe(true);
  });

  it("gives up after the configured attempts with a rate-limited ApiError", async () => {
    lever().get("/v1/users/u").times(3).reply(429, { code: "TooManyRequests", message: "slow down" });
    const client = testClient();
    await expect(client.users.get("u")).rejects.toMatchObject({ kind: "rate-limited", status: 429 });
    expect(client.stats.requests).toBe(3);
  });
});

describe("timeout", () => {
  it("turns a slow response into ApiError kind timeout", async () => {
    lever()
      .get("/v1/users/slow")
      .delay(300)
      .reply(200, { data: leverUser(1) });
    const err = await testClient({ timeoutMs: 50, retry: false })
      .users.get("slow")
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "timeout", method: "GET", retriable: true });
    expect((err as Error).message).toMatch(/timed out after 50 ms/);
  });
});
