import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.js";
import { createTransport } from "../src/create-transport.js";
import { errorMiddleware } from "../src/error-middleware.js";
import { type Hostile, hostileServer, reply } from "./support/hostile-servers.js";

const open: Hostile[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const CAP = 1 << 20; // 1 MiB keeps the test fast; the default is 64 MiB

async function fetchFrom(route: Parameters<typeof hostileServer>[0], injected?: typeof globalThis.fetch) {
  const server = await hostileServer(route);
  open.push(server);
  const t = createTransport({
    service: "lever",
    baseUrl: server.url,
    secrets: [],
    rateLimit: false,
    retry: { attempts: 3, baseDelayMs: 1 },
    maxBodyBytes: CAP,
    ...(injected ? { fetch: injected } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: an untyped client is enough for the transport.
  const client = createClient<any>({ baseUrl: server.url, fetch: t.fetch });
  client.use(errorMiddleware({ service: "lever", secrets: [] }));
  const error = await client.GET("/v1/users", {}).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error: error as ApiError | undefined, server };
}

describe.each([
  ["the built-in node:http fetch", undefined],
  ["an injected global fetch (undici)", globalThis.fetch],
] as const)("body cap through %s", (_name, injected) => {
  it("an endless 200 body stops at maxBodyBytes with a named error, not retried", async () => {
    const { error, server } = await fetchFrom((_q, res) => reply.endless(res, '{"data":[', "{},"), injected);
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.kind).toBe("body-too-large");
    expect(error?.message).toContain("maxBodyBytes");
    expect(error?.message).toContain(`${server.url}/v1/users`);
    expect(server.seen).toHaveLength(1);
  });

  it("a gzip bomb is cut at maxBodyBytes decoded bytes (1 MB on the wire, 1 GiB decoded)", async () => {
    const { error } = await fetchFrom((_q, res) => reply.gzipBomb(res, 1 << 30), injected);
    expect(error?.kind).toBe("body-too-large");
  });

  it("a declared Content-Length over the cap is refused before reading", async () => {
    const { error } = await fetchFrom((_q, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(CAP * 4) });
      res.write("[");
      return true;
    }, injected);
    expect(error?.kind).toBe("body-too-large");
  });

  it.each([
    ["whitespace", "   \n\t  "],
    ["[ and spaces", `[${" ".repeat(5000)}`],
  ])("a 200 body of %s is not a valid list: invalid-response", async (_what, body) => {
    const { error } = await fetchFrom((_q, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(body);
      return true;
    }, injected);
    expect(error?.kind).toBe("invalid-response");
  });

  it("a body just under the cap still reads", async () => {
    const server = await hostileServer((_q, res) => reply.json(res, 200, { data: "x".repeat(CAP - 100) }));
    open.push(server);
    const t = createTransport({
      service: "lever",
      baseUrl: server.url,
      secrets: [],
      rateLimit: false,
      maxBodyBytes: CAP,
      ...(injected ? { fetch: injected } : {}),
    });
    const res = await t.fetch(`${server.url}/v1/users`);
    expect(((await res.json()) as { data: string }).data).toHaveLength(CAP - 100);
  });
});
