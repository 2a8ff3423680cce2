import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.js";
import { authMiddleware } from "../src/auth-middleware.js";
import { errorMiddleware } from "../src/error-middleware.js";
import { json, scriptedFetch } from "./helpers.js";
import { leakedFragment } from "./support/hostile-servers.js";

const SECRET = "k3y-s3cr3t-value";

// biome-ignore lint/suspicious/noExplicitAny: an untyped client is enough to exercise middleware.
type AnyPaths = any;

function client(replies: Parameters<typeof scriptedFetch>[0]) {
  const scripted = scriptedFetch(replies);
  const c = createClient<AnyPaths>({ baseUrl: "https://api.example.test/v1", fetch: scripted.fetch });
  c.use(
    authMiddleware((h) => h.set("authorization", `Basic ${Buffer.from(`${SECRET}:`).toString("base64")}`)),
  );
  c.use(errorMiddleware({ service: "lever", secrets: [SECRET] }));
  return { c, ...scripted };
}

/** Deepest parenthesis nesting of a text: a message reads cleanly at 1 or less. */
function parenDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const c of text) {
    if (c === "(") max = Math.max(max, ++depth);
    else if (c === ")") depth--;
  }
  return max;
}

describe("errorMiddleware", () => {
  it.each([400, 401, 403, 404, 409, 429, 500])(
    "the %i message reads cleanly: a hint, no nested parentheses",
    async (status) => {
      const { c } = client([json(status, { message: "Request refused (by policy)" })]);
      const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
      expect(err.message).toContain("Request refused (by policy)");
      expect(parenDepth(err.message)).toBeLessThanOrEqual(1);
      if (status === 401) expect(err.message).toMatch(/; check the credentials: they may be expired/);
    },
  );

  it("passes 2xx JSON through unchanged", async () => {
    const { c, requests } = client([json(200, { data: { id: "u1" } })]);
    const { data } = await c.GET("/users/{user}", { params: { path: { user: "u1" } } });
    expect(data).toEqual({ data: { id: "u1" } });
    expect(requests[0]!.headers.get("authorization")).toMatch(/^Basic /);
  });

  it.each([
    [400, "bad-request"],
    [401, "auth"],
    [403, "permission"],
    [404, "not-found"],
    [429, "rate-limited"],
    [500, "server"],
    [503, "server"],
  ] as const)("throws ApiError kind for %i", async (status, kind) => {
    const { c } = client([
      json(
        status,
        { code: "SomeCode", message: "went wrong" },
        { "x-request-id": "req-1", "retry-after": "2" },
      ),
    ]);
    const err = await c.GET("/users", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      kind,
      status,
      code: "SomeCode",
      method: "GET",
      url: "https://api.example.test/v1/users",
      requestId: "req-1",
      body: { code: "SomeCode", message: "went wrong" },
    });
    expect((err as Error).message).toContain("went wrong");
    if (status === 429) expect((err as ApiError).retryAfterMs).toBe(2000);
  });

  it("keeps non-JSON error bodies as text", async () => {
    const { c } = client([() => new Response("<html>Bad gateway</html>", { status: 502 })]);
    const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe("server");
    expect(err.body).toBe("<html>Bad gateway</html>");
  });

  it("throws invalid-response for a 2xx body that is not JSON", async () => {
    const { c } = client([() => new Response("<html>login</html>", { status: 200 })]);
    const err = await c.GET("/users", {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "invalid-response", status: 200, retriable: false });
  });

  it("accepts an empty 2xx body", async () => {
    const { c } = client([() => new Response(null, { status: 204 })]);
    const { data, response } = await c.POST("/users/{user}/deactivate", { params: { path: { user: "u1" } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("wraps a raw network failure in a redacted ApiError", async () => {
    const { c } = client([() => new TypeError(`fetch failed ${SECRET}`)]);
    const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.kind).toBe("network");
    expect(`${err.message}${err.stack}${JSON.stringify(err)}`).not.toContain(SECRET);
  });

  it("never puts the secret in an error even when the server echoes it", async () => {
    const { c } = client([json(401, { code: "UnauthorizedError", message: `bad key ${SECRET}` })]);
    const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
    const text = [err.message, err.stack, err.toString(), JSON.stringify(err)].join("\n");
    expect(text).not.toContain(SECRET);
    expect(err.kind).toBe("auth");
  });
});

describe("errorMiddleware: redaction before truncation", () => {
  const KEY = "lvr_9a8b7c6d5e4f3a2b1c0d9e8f7a6b"; // 30 characters, like a Lever key
  const texts = (err: ApiError) => [err.message, err.stack ?? "", JSON.stringify(err), String(err.body)];

  function leverClient(replies: Parameters<typeof scriptedFetch>[0]) {
    const scripted = scriptedFetch(replies);
    const c = createClient<AnyPaths>({ baseUrl: "https://api.example.test/v1", fetch: scripted.fetch });
    c.use(errorMiddleware({ service: "lever", secrets: [KEY] }));
    return c;
  }

  // Every cut point: the key starts a few characters before the 500 (error body) or 120 (invalid 2xx) cut.
  it.each([480, 490, 495, 499])(
    "a non-JSON error body with the key at %i leaks no 8-character piece",
    async (at) => {
      const body = `${"x".repeat(at)}${KEY} trailing text`;
      const c = leverClient([() => new Response(body, { status: 500 })]);
      const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
      expect(err.kind).toBe("server");
      expect(leakedFragment(texts(err), [KEY])).toBeUndefined();
    },
  );

  it.each([100, 110, 115, 119])(
    "an invalid 2xx JSON body with the key at %i leaks no 8-character piece",
    async (at) => {
      const body = `{"data": "${"y".repeat(at - 10)}${KEY}`;
      const c = leverClient([
        () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
      ]);
      const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
      expect(err.kind).toBe("invalid-response");
      expect(leakedFragment([...texts(err), String((err.cause as Error)?.message)], [KEY])).toBeUndefined();
    },
  );

  it("a server reason in `error` (not `message`) is kept in the message", async () => {
    const c = leverClient([json(400, { error: "Field 'email' is required" })]);
    const err = (await c.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
    expect(err.message).toContain("Field 'email' is required");
    const nested = leverClient([json(422, { error: { message: "role 987654 does not exist" } })]);
    const err2 = (await nested.GET("/users", {}).catch((e: unknown) => e)) as ApiError;
    expect(err2.message).toContain("role 987654 does not exist");
  });
});

describe("authMiddleware", () => {
  it("awaits an async header source on every request", async () => {
    let n = 0;
    const scripted = scriptedFetch([json(200, {}), json(200, {})]);
    const c = createClient<AnyPaths>({ baseUrl: "https://api.example.test", fetch: scripted.fetch });
    c.use(
      authMiddleware(async (h) => {
        h.set("authorization", `Bearer t${++n}`);
      }),
    );
    await c.GET("/a", {});
    await c.GET("/b", {});
    expect(scripted.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
  });
});
