import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLeverClient } from "../src/create-lever-client.js";
import { LeverConfigError } from "../src/lever-config-error.js";
import { resolveLeverOptions } from "../src/resolve-lever-options.js";
import { BASIC, KEY, leverUser } from "./helpers.js";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("credentials", () => {
  it.each([
    ["nothing", {}],
    ["an empty apiKey", { apiKey: "" }],
    ["a blank apiKey", { apiKey: "   " }],
    ["an empty accessToken", { accessToken: "" }],
  ])("%s fails at construction naming the option and LEVER_API_KEY", (_name, options) => {
    const err = (() => {
      try {
        createLeverClient(options);
      } catch (e) {
        return e as LeverConfigError;
      }
    })();
    expect(err).toBeInstanceOf(LeverConfigError);
    expect(err?.message).toMatch(/apiKey|accessToken/);
    expect(err?.message).toContain("LEVER_API_KEY");
  });

  it("refuses two credentials at once", () => {
    expect(() => createLeverClient({ apiKey: KEY, accessToken: "t" })).toThrow(/only one of/);
  });

  it("sends the API key as Basic with an empty password", async () => {
    const headers = new Headers();
    await resolveLeverOptions({ apiKey: KEY }).applyAuth(headers);
    expect(headers.get("authorization")).toBe(BASIC);
    expect(Buffer.from(BASIC.slice(6), "base64").toString()).toBe(`${KEY}:`);
  });

  it("asks getAccessToken before every request", async () => {
    let n = 0;
    const resolved = resolveLeverOptions({ getAccessToken: () => `tok-${++n}` });
    const a = new Headers();
    const b = new Headers();
    await resolved.applyAuth(a);
    await resolved.applyAuth(b);
    expect([a.get("authorization"), b.get("authorization")]).toEqual(["Bearer tok-1", "Bearer tok-2"]);
    expect(resolved.secrets).toEqual(["tok-1", "tok-2"]);
  });
});

describe("base URL", () => {
  it.each([
    [{}, "https://api.lever.co/v1"],
    [{ region: "eu" as const }, "https://api.eu.lever.co/v1"],
    [{ region: "sandbox" as const }, "https://api.sandbox.lever.co/v1"],
    [{ baseUrl: "http://127.0.0.1:4010/v1/" }, "http://127.0.0.1:4010/v1"],
    [{ baseUrl: "http://localhost:4010/v1" }, "http://localhost:4010/v1"],
  ])("%o → %s", (options, want) => {
    expect(resolveLeverOptions({ apiKey: KEY, ...options }).baseUrl).toBe(want);
  });

  it.each([
    [{ baseUrl: "http://api.lever.co/v1" }, /https/],
    [{ baseUrl: "not a url" }, /baseUrl is not a URL/],
    [{ region: "mars" as "eu" }, /region/],
  ])("%o is rejected", (options, message) => {
    expect(() => resolveLeverOptions({ apiKey: KEY, ...options })).toThrow(message);
  });

  it("refuses a base URL carrying user:pass@ without printing either", () => {
    const err = (() => {
      try {
        resolveLeverOptions({ apiKey: KEY, baseUrl: "https://admin:hunter2secret@api.lever.co/v1" });
      } catch (e) {
        return e as LeverConfigError;
      }
    })();
    expect(err).toBeInstanceOf(LeverConfigError);
    expect(err?.option).toBe("baseUrl");
    expect(err?.message).toMatch(/must not contain a user name or password/);
    expect(err?.message).not.toMatch(/admin|hunter2/);
  });

  it.each([
    [{ timeoutMs: 3_000_000_000 }, "timeoutMs"],
    [{ rateLimit: { perSecond: 1e-9, burst: 1 } }, "rateLimit.perSecond"],
    [{ maxBodyBytes: 1 }, "maxBodyBytes"],
  ])("an out-of-range %o is a LeverConfigError naming %s", (options, option) => {
    const err = (() => {
      try {
        createLeverClient({ apiKey: KEY, ...options });
      } catch (e) {
        return e as LeverConfigError;
      }
    })();
    expect(err).toBeInstanceOf(LeverConfigError);
    expect(err?.option).toBe(option);
  });

  it("talks plain HTTP to a loopback sandbox", async () => {
    const u = leverUser(1);
    const scope = nock("http://127.0.0.1:4010", { reqheaders: { authorization: BASIC } })
      .get(`/v1/users/${u.id}`)
      .reply(200, { data: u });
    const client = createLeverClient({ apiKey: KEY, baseUrl: "http://127.0.0.1:4010/v1" });
    expect(await client.users.get(u.id)).toEqual(u);
    expect(scope.isDone()).toBe(true);
  });
});
