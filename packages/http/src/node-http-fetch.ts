import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { bodyTooLarge, DEFAULT_MAX_BODY_BYTES } from "./body-too-large.js";
import { type BufferedResponse, bufferedResponse, hasNullBody } from "./buffered-response.js";

/** A fetch over `node:http` that takes a prepared `Request` and, separately, the signal that aborts it. */
export type NodeHttpFetch = (request: Request, signal?: AbortSignal) => Promise<BufferedResponse>;

type Sent = { status: number; statusText: string; headers: Headers; body: Buffer };

/** Options of {@link createNodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /** Largest body read, counted after decompression (default {@link DEFAULT_MAX_BODY_BYTES}). */
  maxBodyBytes?: number;
}

/**
 * The transport's default fetch: `node:http(s)` with keep-alive agents, bodies buffered whole. Node 20's
 * built-in fetch (undici) registers every Request and Response with FinalizationRegistries and WeakRefs,
 * which V8's scavenger keeps alive, so ~30 KB per request was promoted to the old generation and a 100k
 * sync peaked at ~1.1 GB RSS while retaining < 200 MB. Never follows a redirect (a 3xx is returned as it
 * is: an API client must not carry its credentials to wherever a server points), decompresses
 * gzip/deflate/br up to `maxBodyBytes` decoded bytes, and rejects like fetch:
 * `TypeError("fetch failed", { cause })` on a network error or an oversized body, the signal's reason on
 * an abort.
 */
export function createNodeHttpFetch(o: NodeHttpFetchOptions = {}): NodeHttpFetch {
  const maxBodyBytes = o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  return async (request, signal) => {
    signal?.throwIfAborted();
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    if (!headers.has("accept-encoding")) headers.set("accept-encoding", "gzip, deflate, br");
    const body: Buffer | undefined = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const sent = await send(agents, { url, method: request.method, headers, body, signal, maxBodyBytes });
    return toResponse(sent, url);
  };
}

function toResponse(sent: Sent, url: URL): BufferedResponse {
  return bufferedResponse(hasNullBody(sent.status) ? null : sent.body, sent, url.href);
}

interface Outgoing {
  url: URL;
  method: string;
  headers: Headers;
  body: Buffer | undefined;
  signal: AbortSignal | undefined;
  maxBodyBytes: number;
}

function send(agents: { "http:": http.Agent; "https:": https.Agent }, o: Outgoing): Promise<Sent> {
  const { url, method, headers, body, signal, maxBodyBytes } = o;
  const lib = url.protocol === "https:" ? https : url.protocol === "http:" ? http : undefined;
  if (!lib)
    return Promise.reject(new TypeError("fetch failed", { cause: new Error(`unsupported ${url.protocol}`) }));
  const outgoing: Record<string, string> = Object.fromEntries(headers);
  if (body) outgoing["content-length"] = String(body.length);
  return new Promise<Sent>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      const wrapped = error instanceof TypeError && error.message === "fetch failed";
      reject(
        signal?.aborted ? signal.reason : wrapped ? error : new TypeError("fetch failed", { cause: error }),
      );
    };
    const onAbort = () => req.destroy(signal?.reason);
    // Resolve `request` on the module at call time so interceptors (nock) patched in later still apply.
    const req = lib.request(
      url,
      { method, headers: outgoing, agent: agents[url.protocol as "http:"] },
      (res) => {
        const chunks: Buffer[] = [];
        let received = 0;
        const tooLarge = () => {
          fail(bodyTooLarge(maxBodyBytes));
          req.destroy();
        };
        if (Number(res.headers["content-length"]) > maxBodyBytes) return tooLarge();
        res.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBodyBytes) return tooLarge();
          chunks.push(chunk);
        });
        res.on("error", fail);
        res.on("aborted", () => fail(Object.assign(new Error("response aborted"), { code: "ECONNRESET" })));
        res.on("end", () => {
          if (settled) return;
          let decoded: Buffer;
          try {
            decoded = decode(Buffer.concat(chunks), res.headers["content-encoding"], maxBodyBytes);
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            fail(code === "ERR_BUFFER_TOO_LARGE" ? bodyTooLarge(maxBodyBytes) : error);
            return;
          }
          settled = true;
          signal?.removeEventListener("abort", onAbort);
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? "",
            headers: toHeaders(res.rawHeaders),
            body: decoded,
          });
        });
      },
    );
    req.on("error", fail);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.end(body);
  });
}

/**
 * Undoes `Content-Encoding` (fetch does the same and hands on the decoded body); zlib stops at
 * `maxOutputLength`, so a small compressed body cannot expand past the cap (a decompression bomb).
 */
function decode(raw: Buffer, encoding: string | undefined, maxOutputLength: number): Buffer {
  if (raw.length === 0) return raw;
  const codings = (encoding ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c && c !== "identity");
  let out = raw;
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip")
      out = zlib.gunzipSync(out, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength });
    else if (coding === "deflate")
      out =
        out[0] !== undefined && (out[0] & 0x0f) === 0x08
          ? zlib.inflateSync(out, { maxOutputLength })
          : zlib.inflateRawSync(out, { maxOutputLength });
    else if (coding === "br") out = zlib.brotliDecompressSync(out, { maxOutputLength });
    else return raw;
  }
  return out;
}

/** Response headers as received, repeated names kept (fetch also keeps `Content-Encoding` after decoding). */
function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}
