import nock from "nock";
import { describe, expect, it } from "vitest";
import { f } from "../src/index.js";
import { BASE, TOKEN, testClient, toArray, useNock } from "./helpers.js";

useNock();

describe("saasUsers.list", () => {
  it("pages across all SaaS with filter/text/roles and normalises roles", async () => {
    const row = {
      saas_user_id: "su1",
      saas_id: 7,
      user_id: "u1",
      status: "deactivated",
      roles: { role_id: "r1", role_external_label: "A" },
    };
    const scope = nock(BASE, { reqheaders: { authorization2: TOKEN } })
      .get("/api/v3/saas_users")
      .query({ limit: "1", skip: "0", filter: "saas_id eq 7", text: "ann", roles: "A" })
      .reply(200, [row], { "X-Total-Count": "2" })
      .get("/api/v3/saas_users")
      .query({ limit: "1", skip: "1", filter: "saas_id eq 7", text: "ann", roles: "A" })
      .reply(200, [{ ...row, saas_user_id: "su2", roles: [] }], { "X-Total-Count": "2" });
    const { client } = testClient();
    const users = await toArray(
      client.saasUsers.list({ filter: f.eq("saas_id", 7), text: "ann", roles: "A", pageSize: 1 }),
    );
    expect(users.map((u) => [u.saas_user_id, u.status, u.roles?.length])).toEqual([
      ["su1", "deactivated", 1],
      ["su2", "deactivated", 0],
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe.each(["deactivate", "activate"] as const)("saasUsers.%s", (action) => {
  it("returns one result per id, keeping per-item errors (HTTP 200)", async () => {
    nock(BASE)
      .patch(`/api/v3/saas_users/${action}`, { saas_user_ids: ["a", "b", "c"] })
      .reply(200, [
        { saas_user_id: "a", error: null },
        { saas_user_id: "b", error: "Smth bad has happend" },
        { saas_user_id: "c", error: null },
      ]);
    const { client } = testClient();
    expect(await client.saasUsers[action](["a", "b", "c"])).toEqual([
      { saas_user_id: "a", error: null },
      { saas_user_id: "b", error: "Smth bad has happend" },
      { saas_user_id: "c", error: null },
    ]);
  });

  it("an id the server did not answer for is reported as failed, not as success", async () => {
    nock(BASE)
      .patch(`/api/v3/saas_users/${action}`)
      .reply(200, [{ saas_user_id: "a", error: null }]);
    const { client } = testClient();
    const results = await client.saasUsers[action](["a", "b"]);
    expect(results[1]).toEqual({ saas_user_id: "b", error: "no result returned for this id" });
  });

  it("sends batches of batchSize and skips the request for no ids", async () => {
    const scope = nock(BASE)
      .patch(`/api/v3/saas_users/${action}`, { saas_user_ids: ["a", "b"] })
      .reply(200, [
        { saas_user_id: "a", error: null },
        { saas_user_id: "b", error: null },
      ])
      .patch(`/api/v3/saas_users/${action}`, { saas_user_ids: ["c"] })
      .matchHeader("oomnitza-not-trigger-wf", "1")
      .reply(200, [{ saas_user_id: "c", error: null }]);
    const { client } = testClient({ batchSize: 2 });
    expect(await client.saasUsers[action]([], { skipWorkflows: true })).toEqual([]);
    const results = await client.saasUsers[action](["a", "b", "c"], { skipWorkflows: true });
    expect(results.map((r) => r.saas_user_id)).toEqual(["a", "b", "c"]);
    expect(scope.isDone()).toBe(true);
  });

  it("is retried after a 502 (idempotent)", async () => {
    nock(BASE)
      .patch(`/api/v3/saas_users/${action}`)
      .reply(502)
      .patch(`/api/v3/saas_users/${action}`)
      .reply(200, [{ saas_user_id: "a", error: null }]);
    const { client } = testClient();
    expect(await client.saasUsers[action](["a"])).toEqual([{ saas_user_id: "a", error: null }]);
    expect(client.stats.retries).toBe(1);
  });
});
