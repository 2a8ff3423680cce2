import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";

/** A fetch over `node:http` that takes a prepared `Request` and, separately, the signal that aborts it. */
export type NodeHttpFetch = (request: Request, signal?: AbortSignal) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Dropped on a redirect to another origin, as fetch does (Fetch §4.4 step 13). */
const CROSS_ORIGIN_DROPPED = ["authorization", "cookie", "proxy-authorization"];

type Sent = { status: number; statusText: string; headers: Headers; body: Buffer };

/**
 * The transport's default fetch: `node:http(s)` with keep-alive agents, bodies buffered whole. Node 20's
 * built-in fetch (undici) registers every Request and Response with FinalizationRegistries and WeakRefs,
 * which V8's scavenger keeps alive, so ~30 KB per request was promoted to the old generation and a 100k
 * sync peaked at ~1.1 GB RSS while retaining < 200 MB. Follows redirects, decompresses gzip/deflate/br
 * and rejects like fetch: `TypeError("fetch failed", { cause })` on a network error, the signal's reason
 * on an abort.
 */
export function createNodeHttpFetch(): NodeHttpFetch {
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  return async (request, signal) => {
    signal?.throwIfAborted();
    let url = new URL(request.url);
    let method = request.method;
    const headers = new Headers(request.headers);
    if (!headers.has("accept-encoding")) headers.set("accept-encoding", "gzip, deflate, br");
    let body: Buffer | undefined = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    for (let hop = 0; ; hop++) {
      const sent = await send(agents, url, method, headers, body, signal);
      const location = sent.headers.get("location");
      if (!REDIRECT_STATUSES.has(sent.status) || location === null || request.redirect !== "follow")
        return toResponse(sent, url);
      if (hop >= MAX_REDIRECTS)
        throw new TypeError("fetch failed", { cause: new Error("too many redirects") });
      const next = new URL(location, url);
      if (next.origin !== url.origin) for (const h of CROSS_ORIGIN_DROPPED) headers.delete(h);
      if (sent.status === 303 || ((sent.status === 301 || sent.status === 302) && method === "POST")) {
        method = method === "HEAD" ? "HEAD" : "GET";
        body = undefined;
        for (const h of ["content-type", "content-length", "content-encoding", "content-language"])
          headers.delete(h);
      }
      url = next;
    }
  };
}

function toResponse(sent: Sent, url: URL): Response {
  const body = NULL_BODY_STATUSES.has(sent.status) ? null : sent.body;
  const response = new Response(body, {
    status: sent.status,
    statusText: sent.statusText,
    headers: sent.headers,
  });
  Object.defineProperty(response, "url", { value: url.href });
  return response;
}

function send(
  agents: { "http:": http.Agent; "https:": https.Agent },
  url: URL,
  method: string,
  headers: Headers,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<Sent> {
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
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
    };
    const onAbort = () => req.destroy(signal?.reason);
    // Resolve `request` on the module at call time so interceptors (nock) patched in later still apply.
    const req = lib.request(
      url,
      { method, headers: outgoing, agent: agents[url.protocol as "http:"] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", fail);
        res.on("aborted", () => fail(Object.assign(new Error("response aborted"), { code: "ECONNRESET" })));
        res.on("end", () => {
          if (settled) return;
          let decoded: Buffer;
          try {
            decoded = decode(Buffer.concat(chunks), res.headers["content-encoding"]);
          } catch (error) {
            fail(error);
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

/** Undoes `Content-Encoding` (fetch does the same and hands on the decoded body). */
function decode(raw: Buffer, encoding: string | undefined): Buffer {
  if (raw.length === 0) return raw;
  const codings = (encoding ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c && c !== "identity");
  let out = raw;
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip")
      out = zlib.gunzipSync(out, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    else if (coding === "deflate")
      out =
        out[0] !== undefined && (out[0] & 0x0f) === 0x08 ? zlib.inflateSync(out) : zlib.inflateRawSync(out);
    else if (coding === "br") out = zlib.brotliDecompressSync(out);
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
