import { inspect } from "node:util";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BASE, BASIC, KEY, recordingLogger, testClient } from "./helpers.js";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const encodedKey = BASIC.slice("Basic ".length);

function leaks(text: string): boolean {
  return text.includes(KEY) || text.includes(encodedKey);
}

describe("the API key never leaks", () => {
  it("from a 401 whose body echoes the key, through retries and logs", async () => {
    nock(BASE)
      .get("/v1/users/u")
      .reply(503, { code: "Unavailable", message: `key ${KEY} ${BASIC}` })
      .get("/v1/users/u")
      .reply(401, { code: "UnauthorizedError", message: `bad key ${KEY}` }, { "x-request-id": "r-1" });
    const logger = recordingLogger();
    const err = (await testClient({ logger })
      .users.get("u")
      .catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ kind: "auth", status: 401, requestId: "r-1" });
    const surfaces = {
      message: err.message,
      stack: err.stack ?? "",
      toString: err.toString(),
      json: JSON.stringify(err),
      inspect: inspect(err, { depth: 6 }),
      logs: logger.lines.join("\n"),
    };
    for (const [where, text] of Object.entries(surfaces)) expect(leaks(text), where).toBe(false);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(surfaces.message).toContain("[REDACTED]");
  });

  it("from a network failure", async () => {
    nock(BASE).get("/v1/users/u").times(3).replyWithError(`socket hang up ${KEY}`);
    const logger = recordingLogger();
    const err = (await testClient({ logger })
      .users.get("u")
      .catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ kind: "network" });
    const text = [
      err.message,
      err.stack,
      String(err),
      JSON.stringify(err),
      inspect(err, { depth: 6 }),
      ...logger.lines,
    ];
    expect(leaks(text.join("\n"))).toBe(false);
    expect(logger.lines.filter((l) => l.includes("retrying"))).toHaveLength(2);
  });

  it("from an OAuth token handed out by getAccessToken", async () => {
    const token = "oauth-access-token-ABCDEFGH";
    nock(BASE, { reqheaders: { authorization: `Bearer ${token}` } })
      .get("/v1/users/u")
      .reply(403, { code: "Forbidden", message: `token ${token} lacks users:read:admin` });
    const err = (await testClient({ apiKey: undefined, getAccessToken: async () => token })
      .users.get("u")
      .catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ kind: "permission" });
    expect(`${err.message}${err.stack}${JSON.stringify(err)}`).not.toContain(token);
  });
});
