import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

/** One request as a hostile server saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Answers one request; returns false to hand it to the upstream (or a 404 without one). */
export type Route = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: string,
) => boolean | undefined;

/** A running loopback server, what it received, and how to stop it. */
export interface Hostile {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/**
 * A loopback server for tests: `route` answers the requests it wants to (redirect, echo, endless body,
 * bomb, stall) and every other request is proxied to `upstream` (e.g. a sandbox), so one hostile route can
 * sit in front of an otherwise faithful API.
 */
export async function hostileServer(route: Route, o: { upstream?: string } = {}): Promise<Hostile> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: body.toString(),
      });
      if (route(req, res, body.toString()) !== false) return;
      if (!o.upstream) return void res.writeHead(404).end();
      const target = new URL(req.url ?? "/", o.upstream);
      const headers = { ...req.headers, host: target.host };
      const up = http.request(target, { method: req.method, headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on("error", () => res.destroy());
      up.end(body);
    });
  });
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Ready-made hostile answers for {@link hostileServer} routes. */
export const reply = {
  redirect(res: http.ServerResponse, status: number, location: string): true {
    res.writeHead(status, { location, "content-type": "application/json" }).end('{"moved":true}');
    return true;
  },
  json(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: http.OutgoingHttpHeaders = {},
  ): true {
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    return true;
  },
  /** A 200 JSON body that never ends: `head`, then `chunk` again and again while the client reads. */
  endless(res: http.ServerResponse, head: string, chunk: string): true {
    res.writeHead(200, { "content-type": "application/json" });
    const block = Buffer.from(chunk.repeat(Math.max(1, Math.floor(65_536 / chunk.length))));
    res.write(head);
    const pump = () => {
      while (!res.destroyed && res.write(block)) {}
      if (!res.destroyed) res.once("drain", pump);
    };
    res.on("close", () => res.removeAllListeners("drain"));
    pump();
    return true;
  },
  /** A small gzip body that expands to `decodedBytes` of JSON-ish whitespace (a decompression bomb). */
  gzipBomb(res: http.ServerResponse, decodedBytes: number): true {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
    res.end(bomb(decodedBytes));
    return true;
  },
  /** Accepts the request and never answers. */
  stall(_res: http.ServerResponse): true {
    return true;
  },
};

// gzip allows concatenated members and decoders read them all: one compressed MiB of spaces (~1 KB),
// repeated, expands to any size without ever holding the decoded body here.
function bomb(decodedBytes: number): Buffer {
  const mib = zlib.gzipSync(Buffer.alloc(1 << 20, " "), { level: 9 });
  const members = Math.ceil(decodedBytes / (1 << 20));
  return Buffer.concat([zlib.gzipSync("["), ...Array.from({ length: members }, () => mib)]);
}

/** A URL on a loopback port where nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

/**
 * The first piece of a secret (any 8 characters in a row, verbatim) found in `texts`, or undefined: a
 * secret cut at a truncation point leaks as much as the whole one.
 */
export function leakedFragment(texts: readonly string[], secrets: readonly string[]): string | undefined {
  for (const secret of secrets)
    for (let i = 0; i + 8 <= secret.length; i++) {
      const piece = secret.slice(i, i + 8);
      if (texts.some((t) => t.includes(piece))) return piece;
    }
  return undefined;
}
