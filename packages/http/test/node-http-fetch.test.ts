import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeHttpFetch } from "../src/node-http-fetch.js";

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A loopback server; `handler` sees each request with its body read. */
async function serve(handler: Handler): Promise<string> {
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => handler(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("createNodeHttpFetch", () => {
  it("sends method, headers and body; answers with status, headers and the url", async () => {
    const base = await serve((req, body, res) => {
      res.writeHead(201, {
        "content-type": "application/json",
        "x-seen": `${req.method} ${req.headers.authorization2}`,
      });
      res.end(JSON.stringify({ echo: JSON.parse(body) }));
    });
    const fetch = createNodeHttpFetch();
    const res = await fetch(
      new Request(`${base}/api/v3/users`, {
        method: "POST",
        headers: { authorization2: "tok", "content-type": "application/json" },
        body: JSON.stringify({ a: 1 }),
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("x-seen")).toBe("POST tok");
    expect(res.url).toBe(`${base}/api/v3/users`);
    expect(await res.json()).toEqual({ echo: { a: 1 } });
  });

  it.each([
    ["gzip", zlib.gzipSync],
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ] as const)("decodes a %s body", async (coding, encode) => {
    const base = await serve((req, _b, res) => {
      expect(req.headers["accept-encoding"]).toContain(coding);
      res.writeHead(200, { "content-encoding": coding, "content-type": "application/json" });
      res.end(encode(Buffer.from('{"ok":true}')));
    });
    expect(await (await createNodeHttpFetch()(new Request(`${base}/x`))).json()).toEqual({ ok: true });
  });

  it("never follows a redirect: the 3xx comes back as it is, the target sees nothing", async () => {
    const hits: string[] = [];
    const base = await serve((req, _b, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/start") res.writeHead(307, { location: "/end" }).end();
      else res.writeHead(200).end("followed");
    });
    const res = await createNodeHttpFetch()(new Request(`${base}/start`, { method: "POST", body: "x" }));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/end");
    expect(hits).toEqual(["/start"]);
  });

  it("rejects like fetch: TypeError with the socket error as cause; an abort with the signal's reason", async () => {
    const base = await serve((req, _b, res) => {
      if (req.url === "/reset") req.socket.destroy();
      else setTimeout(() => res.end("late"), 5_000).unref();
    });
    const fetch = createNodeHttpFetch();
    const reset = await fetch(new Request(`${base}/reset`)).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(TypeError);
    expect((reset as { cause?: { code?: string } }).cause?.code).toBe("ECONNRESET");
    const controller = new AbortController();
    const pending = fetch(new Request(`${base}/slow`), controller.signal).catch((e: unknown) => e);
    const reason = new Error("stop");
    setTimeout(() => controller.abort(reason), 20);
    expect(await pending).toBe(reason);
  });

  it("reuses one keep-alive connection for sequential requests", async () => {
    const ports = new Set<number>();
    const base = await serve((req, _b, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.end("ok");
    });
    const fetch = createNodeHttpFetch();
    for (let i = 0; i < 5; i++) await (await fetch(new Request(`${base}/${i}`))).text();
    expect(ports.size).toBe(1);
  });
});
