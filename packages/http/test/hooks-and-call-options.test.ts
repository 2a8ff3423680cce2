import createClient from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  type CallOptions,
  callInit,
  createTransport,
  errorMiddleware,
  type Hooks,
  type RequestHookInfo,
  type ResponseHookInfo,
  type RetryHookInfo,
  type TransportOptions,
} from "../src/index.js";
import { json, scriptedFetch } from "./helpers.js";

const SECRET = "oomnitza-token-9876543210";
const URL_ = `https://api.example.test/v1/users?token=${SECRET}`;

function transport(replies: Parameters<typeof scriptedFetch>[0], extra: Partial<TransportOptions> = {}) {
  const scripted = scriptedFetch(replies);
  const events: Array<[string, RequestHookInfo | ResponseHookInfo | RetryHookInfo]> = [];
  const hooks: Hooks = {
    onRequest: (info) => events.push(["request", info]),
    onResponse: (info) => events.push(["response", info]),
    onRetry: (info) => events.push(["retry", info]),
  };
  const sleeps: number[] = [];
  const t = createTransport({
    service: "oomnitza",
    baseUrl: "https://api.example.test/v1",
    secrets: [SECRET],
    rateLimit: false,
    fetch: scripted.fetch,
    hooks,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
  return { ...scripted, ...t, events, sleeps };
}

describe("hooks", () => {
  it("onRequest and onResponse fire for every attempt, onRetry once per retried attempt with its status", async () => {
    const t = transport([
      json(429, {}, { "retry-after": "2", "x-request-id": "req-1" }),
      json(503, {}, { "x-request-id": "req-2" }),
      json(200, { ok: true }, { "x-request-id": "req-3" }),
    ]);
    expect((await t.fetch(URL_)).status).toBe(200);
    const url = "https://api.example.test/v1/users?token=[REDACTED]";
    const base = { service: "oomnitza", method: "GET", url };
    expect(t.events).toEqual([
      ["request", { ...base, attempt: 1 }],
      ["response", { ...base, attempt: 1, status: 429, requestId: "req-1" }],
      ["retry", { ...base, attempt: 1, status: 429, requestId: "req-1", delayMs: 2000 }],
      ["request", { ...base, attempt: 2 }],
      ["response", { ...base, attempt: 2, status: 503, requestId: "req-2" }],
      ["retry", { ...base, attempt: 2, status: 503, requestId: "req-2", delayMs: 500 }],
      ["request", { ...base, attempt: 3 }],
      ["response", { ...base, attempt: 3, status: 200, requestId: "req-3" }],
    ]);
    expect(t.sleeps).toEqual([2000, 500]);
    expect(JSON.stringify(t.events)).not.toContain(SECRET);
  });

  it("onRetry names a network failure without a status, redacted", async () => {
    const t = transport([
      () => Object.assign(new TypeError(`fetch failed for ${URL_}`), { cause: { code: "ECONNRESET" } }),
      json(200, {}),
    ]);
    await t.fetch(URL_);
    const retries = t.events.filter(([name]) => name === "retry").map(([, info]) => info as RetryHookInfo);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.status).toBeUndefined();
    expect(retries[0]?.error).toContain("[REDACTED]");
    expect(JSON.stringify(t.events)).not.toContain(SECRET);
  });

  it("a fatal answer is one request and one response, no retry", async () => {
    const t = transport([json(401, {})]);
    expect((await t.fetch(URL_)).status).toBe(401);
    expect(t.events.map(([name]) => name)).toEqual(["request", "response"]);
  });
});

describe("cancellation", () => {
  it("an already aborted signal sends nothing and throws ApiError{kind:'aborted'}", async () => {
    const t = transport([json(200, {})]);
    const controller = new AbortController();
    controller.abort();
    const err = await t.fetch(URL_, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
    expect((err as ApiError).url).not.toContain(SECRET);
    expect(t.requests).toHaveLength(0);
    expect(t.events).toEqual([]);
  });

  it("an abort during the backoff wait sends no further attempt", async () => {
    const controller = new AbortController();
    const t = transport([json(503, {}), json(200, {})], {
      // The wait never ends by itself: only the abort ends it.
      sleep: () => new Promise(() => {}),
    });
    const call = t.fetch(URL_, { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const err = await call;
    expect((err as ApiError).kind).toBe("aborted");
    expect(t.requests).toHaveLength(1);
    expect(t.events.filter(([name]) => name === "request")).toHaveLength(1);
  });

  it("through openapi-fetch, an abort is ApiError{kind:'aborted'}, not a bare DOMException", async () => {
    const t = transport([json(200, {})]);
    const client = createClient<{
      "/users": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
    }>({ baseUrl: "https://api.example.test/v1", fetch: t.fetch });
    client.use(errorMiddleware({ service: "oomnitza", secrets: [SECRET] }));
    const err = await client.GET("/users", { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
    expect(t.requests).toHaveLength(0);
  });
});

describe("callInit: per-call options", () => {
  it("a per-call timeoutMs bounds that call's attempts and is never sent as a header", async () => {
    const sent: Request[] = [];
    // A fetch that answers only when aborted, as a real one does.
    const hanging = (async (input: Request) => {
      sent.push(input);
      return new Promise<Response>((_, reject) =>
        input.signal.addEventListener("abort", () => reject(input.signal.reason)),
      );
    }) as typeof fetch;
    const t = transport([], { retry: false, timeoutMs: 60_000, fetch: hanging });
    const { headers } = callInit({ timeoutMs: 30, headers: { "x-trace": "abc" } });
    const err = await t.fetch(URL_, { headers }).catch((e: unknown) => e);
    expect((err as ApiError).kind).toBe("timeout");
    expect((err as ApiError).message).toContain("30 ms");
    expect(sent[0]?.headers.get("x-trace")).toBe("abc");
    expect([...(sent[0]?.headers.keys() ?? [])].some((name) => name.includes("timeout"))).toBe(false);
  });

  it("merges the extra headers under the call's own, and refuses an out-of-range timeoutMs", () => {
    expect(callInit({ headers: { a: "2" } }, { a: "1", b: "1" }).headers).toEqual({ a: "2", b: "1" });
    expect(callInit(undefined)).toEqual({});
    expect(() => callInit({ timeoutMs: 0 })).toThrow(/timeoutMs/);
  });

  it("types: signal, timeoutMs and headers, each optional and accepting undefined", () => {
    expectTypeOf<CallOptions>().toEqualTypeOf<{
      signal?: AbortSignal | undefined;
      timeoutMs?: number | undefined;
      headers?: Record<string, string> | undefined;
    }>();
    expectTypeOf<Hooks["onRetry"]>().toEqualTypeOf<((info: RetryHookInfo) => void) | undefined>();
    expectTypeOf<RetryHookInfo>().toEqualTypeOf<{
      service: string;
      method: string;
      url: string;
      attempt: number;
      delayMs: number;
      status?: number | undefined;
      requestId?: string | undefined;
      error?: string | undefined;
    }>();
    expectTypeOf<ResponseHookInfo["status"]>().toEqualTypeOf<number>();
  });
});
