import http from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BufferedResponse, bufferedResponse } from "../src/buffered-response.js";
import { createTransport } from "../src/create-transport.js";
import { errorMiddleware } from "../src/error-middleware.js";

const servers: http.Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: (res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_req, res) => handler(res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const page = { data: [{ id: "u1", email: "a@x.io" }], hasNext: false };

/** A client wired like both of ours: openapi-fetch over the transport, the error middleware on top. */
function client(baseUrl: string) {
  const transport = createTransport({ service: "test", baseUrl, secrets: ["s3cret"], rateLimit: false });
  const c = createClient<Record<string, never>>({ baseUrl, fetch: transport.fetch });
  c.use(errorMiddleware({ service: "test", secrets: ["s3cret"] }));
  return c as unknown as { GET(path: string): Promise<{ data?: unknown; response: Response }> };
}

describe("a response is buffered once and parsed once", () => {
  it.each([
    ["with Content-Length", true],
    ["chunked, without Content-Length", false],
  ])("a JSON read %s: one JSON.parse between the socket and the caller", async (_label, withLength) => {
    const text = JSON.stringify(page);
    const base = await serve((res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        ...(withLength ? { "content-length": String(Buffer.byteLength(text)) } : {}),
      });
      res.end(text);
    });
    const parse = vi.spyOn(JSON, "parse");
    const { data, response } = await client(base).GET("/users");
    expect(data).toEqual(page);
    expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1);
    expect(response).toBeInstanceOf(BufferedResponse);
  });

  it("an error body is parsed once too, and still becomes a named ApiError", async () => {
    // Pretty-printed, so the redaction copy (re-serialised compactly) is told apart from the read.
    const text = JSON.stringify({ code: "ResourceNotFound", message: "no such user" }, null, 1);
    const base = await serve((res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(text);
    });
    const parse = vi.spyOn(JSON, "parse");
    await expect(client(base).GET("/users/x")).rejects.toMatchObject({
      kind: "not-found",
      status: 404,
      code: "ResourceNotFound",
    });
    // (The redaction of the error's copy of the body is not a read of the response.)
    expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1);
  });

  it("a 2xx body that is not JSON is still refused as invalid-response", async () => {
    const base = await serve((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    });
    await expect(client(base).GET("/users")).rejects.toMatchObject({ kind: "invalid-response" });
  });
});

describe("BufferedResponse", () => {
  const from = {
    status: 200,
    statusText: "OK",
    headers: new Headers({ "content-type": "application/json" }),
  };

  it("reads any number of times: the same text, the same parsed value, clone is itself", async () => {
    const r = bufferedResponse(Buffer.from('{"a":[1,2]}'), from, "http://127.0.0.1/x");
    expect(r).toBeInstanceOf(Response);
    expect(r.url).toBe("http://127.0.0.1/x");
    expect(await r.text()).toBe('{"a":[1,2]}');
    expect(await r.text()).toBe('{"a":[1,2]}');
    const first = await r.json();
    expect(first).toEqual({ a: [1, 2] });
    expect(await r.clone().json()).toBe(first);
    expect(new TextDecoder().decode(await r.arrayBuffer())).toBe('{"a":[1,2]}');
    expect(r.headers.get("content-length")).toBe("11");
  });

  it("a body that does not parse throws on every json() call, not only the first", async () => {
    const r = bufferedResponse(Buffer.from("{oops"), from, "http://127.0.0.1/x");
    await expect(r.json()).rejects.toBeInstanceOf(SyntaxError);
    await expect(r.json()).rejects.toBeInstanceOf(SyntaxError);
    expect(await r.text()).toBe("{oops");
  });

  it("a null-body status reads as empty", async () => {
    const r = bufferedResponse(
      null,
      { ...from, status: 204, statusText: "No Content" },
      "http://127.0.0.1/x",
    );
    expect(await r.text()).toBe("");
    expect(r.headers.has("content-length")).toBe(false);
  });
});
