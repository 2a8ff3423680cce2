// The SDK shape against the sandbox: every listing as one paged type, hooks on every attempt, per-call
// options and cancellation.
import { type Sandbox, startSandbox } from "@lever-oomnitza/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiError,
  createLeverClient,
  type LeverClientOptions,
  LeverConfigError,
  type RequestHookInfo,
  type ResponseHookInfo,
  type RetryHookInfo,
} from "../src/index.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ leverUsers: 45, seed: 6 });
});
afterAll(() => sandbox?.close());

const client = (extra: Partial<LeverClientOptions> = {}) =>
  createLeverClient({
    baseUrl: sandbox.lever.baseUrl,
    apiKey: sandbox.lever.credentials.apiKey,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });

/** A fetch that answers `statuses` first (each a bare response), then passes requests to the sandbox. */
function scripted(statuses: number[]) {
  const sent: string[] = [];
  const fetchImpl = (async (input: Request) => {
    sent.push(`${input.method} ${new URL(input.url).pathname}`);
    const status = statuses.shift();
    if (status !== undefined)
      return new Response("{}", {
        status,
        headers: { "retry-after": "0", "x-request-id": `r${sent.length}` },
      });
    return fetch(input);
  }) as typeof fetch;
  return { fetchImpl, sent };
}

describe("listings are one paged type", () => {
  it("users.list: for await, toArray, first and pages agree with the sandbox", async () => {
    const lever = client({ pageSize: 10 });
    const listing = lever.users.list({ includeDeactivated: true });
    const all = await listing.toArray();
    expect(all).toHaveLength(sandbox.lever.state.count({ includeDeactivated: true }));
    const iterated = [];
    for await (const user of listing) iterated.push(user.id);
    expect(iterated).toEqual(all.map((u) => u.id));
    const pages = [];
    for await (const page of listing.pages()) pages.push(page.length);
    expect(pages).toEqual([10, 10, 10, 10, 5]);
    const before = lever.stats.requests;
    expect((await listing.first())?.id).toBe(all[0]?.id);
    expect(lever.stats.requests - before).toBe(1);
    expect(await lever.users.list({ email: "nobody@nowhere.example" }).first()).toBeUndefined();
  });

  it("tags.list: toArray, first and pages", async () => {
    const tags = client().tags.list();
    const all = await tags.toArray();
    expect(all.map((t) => t.text)).toEqual(sandbox.lever.state.tags.map((t) => t.text));
    expect((await tags.first())?.text).toBe(all[0]?.text);
    const pages = [];
    for await (const page of tags.pages()) pages.push(...page);
    expect(pages).toEqual(all);
  });

  it("findByEmail is one record or undefined", async () => {
    const someone = sandbox.lever.state.users()[3];
    const found = await client().users.findByEmail(someone?.email as string);
    expect(found?.id).toBe(someone?.id);
    expect(await client().users.findByEmail("nobody@nowhere.example")).toBeUndefined();
  });
});

describe("hooks", () => {
  it("onRetry is called once per retried attempt with its status; onRequest/onResponse for every attempt", async () => {
    const { fetchImpl } = scripted([429, 503]);
    const seen: { request: RequestHookInfo[]; response: ResponseHookInfo[]; retry: RetryHookInfo[] } = {
      request: [],
      response: [],
      retry: [],
    };
    const lever = client({
      fetch: fetchImpl,
      hooks: {
        onRequest: (i) => seen.request.push(i),
        onResponse: (i) => seen.response.push(i),
        onRetry: (i) => seen.retry.push(i),
      },
    });
    const someone = sandbox.lever.state.users()[0];
    expect((await lever.users.get(someone?.id as string)).id).toBe(someone?.id);
    expect(seen.retry.map((r) => [r.attempt, r.status, r.requestId, r.delayMs])).toEqual([
      [1, 429, "r1", 0],
      [2, 503, "r2", 0],
    ]);
    expect(seen.request.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(seen.response.map((r) => r.status)).toEqual([429, 503, 200]);
    expect(seen.request[0]).toMatchObject({ service: "lever", method: "GET" });
    expect(seen.request[0]?.url).toContain(`/users/${someone?.id}`);
    expect(JSON.stringify(seen)).not.toContain(sandbox.lever.credentials.apiKey);
  });
});

describe("per-call options", () => {
  it("an aborted call is ApiError{kind:'aborted'} and sends no further attempt", async () => {
    const { fetchImpl, sent } = scripted([503, 503, 503]);
    const controller = new AbortController();
    const lever = client({
      fetch: fetchImpl,
      retry: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
      hooks: { onRetry: () => controller.abort() },
    });
    const err = await lever.users.get("any", { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
    expect(sent).toHaveLength(1);
  });

  it("raw with an aborted signal throws ApiError{kind:'aborted'}, not a DOMException", async () => {
    const lever = client();
    const err = await lever.raw
      .GET("/users", { params: { query: {} }, signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
  });

  it("sends the call's headers, and an aborted listing stops", async () => {
    const sentHeaders: Headers[] = [];
    const lever = client({
      fetch: (async (input: Request) => {
        sentHeaders.push(input.headers);
        return fetch(input);
      }) as typeof fetch,
    });
    await lever.tags.list({ headers: { "x-trace-id": "t-1" }, timeoutMs: 5000 }).toArray();
    expect(sentHeaders[0]?.get("x-trace-id")).toBe("t-1");
    expect([...(sentHeaders[0]?.keys() ?? [])].filter((k) => k.includes("timeout"))).toEqual([]);
    const err = await lever.users
      .list({}, { signal: AbortSignal.abort() })
      .toArray()
      .catch((e: unknown) => e);
    expect((err as ApiError).kind).toBe("aborted");
  });
});

describe("options", () => {
  it("apiKey: undefined (an unset LEVER_API_KEY) is a config error naming the field", () => {
    const err = (() => {
      try {
        createLeverClient({ apiKey: undefined, baseUrl: sandbox.lever.baseUrl });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LeverConfigError);
    expect((err as LeverConfigError).option).toBe("apiKey");
    expect((err as Error).message).toContain("LEVER_API_KEY");
  });

  it("plain http:// to another host needs allowInsecureHttp", () => {
    expect(() => createLeverClient({ apiKey: "k", baseUrl: "http://lever-proxy.internal/v1" })).toThrow(
      /allowInsecureHttp/,
    );
    expect(
      createLeverClient({ apiKey: "k", baseUrl: "http://lever-proxy.internal/v1", allowInsecureHttp: true }),
    ).toHaveProperty("users");
  });

  it("pageSize sets the page size of users.list; out of range is a config error", async () => {
    const pages = [];
    for await (const page of client({ pageSize: 20 }).users.list().pages()) pages.push(page.length);
    expect(pages[0]).toBe(20);
    expect(() => client({ pageSize: 101 })).toThrow(LeverConfigError);
  });
});
