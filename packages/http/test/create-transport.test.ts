import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../src/api-error.js";
import { createTransport, type TransportOptions } from "../src/create-transport.js";
import { json, recordingLogger, recordingSleep, scriptedFetch } from "./helpers.js";

const SECRET = "lever-key-0123456789";
const URL_ = `https://api.example.test/v1/users?token=${SECRET}`;

function transport(replies: Parameters<typeof scriptedFetch>[0], extra: Partial<TransportOptions> = {}) {
  const scripted = scriptedFetch(replies);
  const sleeper = recordingSleep();
  const logger = recordingLogger();
  const t = createTransport({
    service: "lever",
    baseUrl: "https://api.example.test/v1",
    secrets: [SECRET],
    rateLimit: false,
    fetch: scripted.fetch,
    sleep: sleeper.sleep,
    logger,
    random: () => 0.5,
    ...extra,
  });
  return { ...scripted, ...sleeper, ...t, logger };
}

describe("createTransport retry", () => {
  it("retries a 429 and returns the success, with backoff when there is no Retry-After", async () => {
    const t = transport([json(429, { code: "TooManyRequests" }), json(200, { data: [] })]);
    const res = await t.fetch(URL_);
    expect(res.status).toBe(200);
    expect(t.requests).toHaveLength(2);
    expect(t.delays).toEqual([250]); // full jitter: 0.5 × 500·2^0
    expect(t.stats).toMatchObject({
      requests: 2,
      retries: 1,
      rateLimited: 1,
      byStatus: { "429": 1, "200": 1 },
    });
    expect(t.stats.byRoute).toEqual({ "GET /v1/users": 2 });
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00Z") });
    try {
      const t = transport([
        json(503, {}, { "retry-after": "3" }),
        json(429, {}, { "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }),
        json(200, {}),
      ]);
      expect((await t.fetch(URL_)).status).toBe(200);
      expect(t.delays).toEqual([3000, 10_000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not wait for a Retry-After longer than maxRetryAfterMs", async () => {
    const t = transport([json(429, {}, { "retry-after": "3600" })], { retry: { maxRetryAfterMs: 60_000 } });
    expect((await t.fetch(URL_)).status).toBe(429);
    expect(t.requests).toHaveLength(1);
  });

  it("retries a 503 on GET with growing backoff, up to the attempt limit", async () => {
    const t = transport([json(503, {}), json(503, {}), json(503, {})], { retry: { attempts: 3 } });
    expect((await t.fetch(URL_)).status).toBe(503);
    expect(t.requests).toHaveLength(3);
    expect(t.delays).toEqual([250, 500]);
  });

  it("never retries a create (POST) after a 503, since the server may have acted", async () => {
    const t = transport([json(503, {}), json(201, {})]);
    const res = await t.fetch("https://api.example.test/v1/users", { method: "POST", body: "{}" });
    expect(res.status).toBe(503);
    expect(t.requests).toHaveLength(1);
  });

  it("retries a POST marked idempotent and resends the same body", async () => {
    const t = transport([json(502, {}), json(200, {})], {
      isIdempotent: (method, url) => method === "GET" || url.pathname.endsWith("/deactivate"),
    });
    const res = await t.fetch("https://api.example.test/v1/users/u1/deactivate", {
      method: "POST",
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(t.bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it.each([400, 401, 403, 404])("does not retry a %i", async (status) => {
    const t = transport([json(status, {}), json(200, {})]);
    expect((await t.fetch(URL_)).status).toBe(status);
    expect(t.requests).toHaveLength(1);
  });

  it("retries network errors on GET and throws a redacted network ApiError when they persist", async () => {
    const boom = () => new TypeError(`fetch failed for ${URL_}`);
    const t = transport([boom, boom], { retry: { attempts: 2 } });
    const err = await t.fetch(URL_).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: "network", retriable: true, method: "GET" });
    expect(t.requests).toHaveLength(2);
    expect(t.stats.byStatus).toEqual({ network: 2 });
    const text = [String(err), (err as Error).stack, JSON.stringify(err), ...t.logger.lines].join("\n");
    expect(text).not.toContain(SECRET);
    expect(text).toContain("[REDACTED]");
  });

  it("logs every retry with a redacted URL", async () => {
    const t = transport([json(500, {}), json(500, {}), json(200, {})]);
    await t.fetch(URL_);
    const retries = t.logger.lines.filter((line) => line.includes("retrying"));
    expect(retries).toHaveLength(2);
    expect(JSON.parse(retries[0]!)).toMatchObject({
      level: "warn",
      status: 500,
      attempt: 1,
      service: "lever",
    });
    expect(t.logger.lines.join("\n")).not.toContain(SECRET);
  });

  it("sends each request once with retry: false", async () => {
    const t = transport([json(429, {}), json(200, {})], { retry: false });
    expect((await t.fetch(URL_)).status).toBe(429);
    expect(t.requests).toHaveLength(1);
  });
});

describe("createTransport timeout", () => {
  afterEach(() => vi.useRealTimers());

  it("turns a hung attempt into a timeout ApiError and retries it on GET", async () => {
    vi.useFakeTimers();
    let calls = 0;
    // Hold each Request: undici's Request keeps its own AbortController only while the Request lives, so
    // a hang that kept just `request.signal` saw that signal never abort once GC collected the Request
    // (the test then hung for 20 s about 1 run in 4). Real fetch holds its Request for the whole call.
    const held: unknown[] = [];
    const hang: typeof globalThis.fetch = (input, init) =>
      new Promise((_resolve, reject) => {
        calls++;
        held.push(input);
        const signal = (input as Request).signal ?? init?.signal;
        signal?.addEventListener("abort", () => reject(signal.reason));
      });
    const t = createTransport({
      service: "lever",
      baseUrl: "https://api.example.test",
      secrets: [SECRET],
      rateLimit: false,
      retry: { attempts: 2 },
      timeoutMs: 1000,
      fetch: hang,
      sleep: async () => {},
    });
    const pending = t.fetch(URL_).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2500);
    const err = await pending;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: "timeout", retriable: true });
    expect((err as Error).message).toMatch(/timed out after 1000 ms/);
    expect((err as Error).message).not.toContain(SECRET);
    expect(calls).toBe(2);
    expect(held).toHaveLength(2);
    expect(t.stats.byStatus).toEqual({ timeout: 2 });
  });

  it("turns a caller abort into ApiError{kind:'aborted'} without retrying", async () => {
    const controller = new AbortController();
    const t = transport([
      () => {
        controller.abort();
        return Object.assign(new Error("aborted"), { name: "AbortError" });
      },
      json(200, {}),
    ]);
    const err = await t.fetch(URL_, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe("aborted");
    expect((err as ApiError).retriable).toBe(false);
    expect(t.requests).toHaveLength(1);
  });
});

describe("createTransport malformed bodies", () => {
  const garbled = () =>
    new Response('{"data":[{"id":"', { status: 200, headers: { "content-type": "application/json" } });

  it("resends a read whose 2xx JSON body does not parse, and returns the good answer", async () => {
    const t = transport([garbled, json(200, { data: [{ id: "u1" }] })]);
    const res = await t.fetch(URL_);
    expect(await res.json()).toEqual({ data: [{ id: "u1" }] });
    expect(res.url).toBe(URL_);
    expect(t.requests).toHaveLength(2);
    expect(t.stats.retries).toBe(1);
    expect(t.logger.lines.join("\n")).not.toContain(SECRET);
  });

  it("returns the garbled body of the last attempt, so the caller reports invalid-response", async () => {
    const t = transport([garbled, garbled], { retry: { attempts: 2 } });
    const res = await t.fetch(URL_);
    expect(await res.text()).toBe('{"data":[{"id":"');
    expect(t.requests).toHaveLength(2);
  });

  it("never resends a create answered with a garbled body: it may have been applied", async () => {
    const t = transport([garbled, json(201, { data: { id: "u2" } })]);
    const res = await t.fetch(URL_, { method: "POST", body: "{}" });
    expect(await res.text()).toBe('{"data":[{"id":"');
    expect(t.requests).toHaveLength(1);
    expect(t.stats.retries).toBe(0);
  });
});

describe("createTransport throttle", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps 50 concurrent requests within 10/s and a burst of 20", async () => {
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    const t = createTransport({
      service: "lever",
      baseUrl: "https://api.example.test",
      secrets: [],
      fetch: async () => {
        sent.push(Date.now());
        return new Response("{}", { status: 200 });
      },
    });
    const all = Promise.all(Array.from({ length: 50 }, () => t.fetch("https://api.example.test/v1/users")));
    await vi.runAllTimersAsync();
    await all;
    expect(sent).toHaveLength(50);
    expect(sent.filter((at) => at === 0)).toHaveLength(20);
    for (let start = 0; start <= 3000; start += 100) {
      expect(sent.filter((at) => at > start && at <= start + 1000).length).toBeLessThanOrEqual(10);
    }
    expect(t.stats.requests).toBe(50);
  });

  it("after a 429 waits for the server's refill instead of spending the rest of its burst", async () => {
    // The server's bucket is empty (another run just used the key) while ours starts full.
    vi.useFakeTimers({ now: 0 });
    const sent: number[] = [];
    let serverTokens = 0;
    let serverAt = 0;
    const t = createTransport({
      service: "lever",
      baseUrl: "https://api.example.test",
      secrets: [],
      retry: false,
      fetch: async () => {
        const now = Date.now();
        serverTokens = Math.min(20, serverTokens + ((now - serverAt) / 1000) * 10);
        serverAt = now;
        sent.push(now);
        if (serverTokens < 1) return new Response("{}", { status: 429 });
        serverTokens -= 1;
        return new Response("{}", { status: 200 });
      },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const pending = t.fetch("https://api.example.test/v1/users").then((r) => statuses.push(r.status));
      await vi.runAllTimersAsync();
      await pending;
    }
    expect(t.stats.rateLimited).toBe(1);
    expect(statuses.slice(1)).toEqual(Array(9).fill(200));
    expect(sent.slice(0, 3)).toEqual([0, 100, 200]);
  });
});
