import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRateLimiter, type RateLimiter } from "./create-rate-limiter.js";
import { createStats, type SandboxStats } from "./create-stats.js";
import { type FaultConfig, type FaultKind, pickFault, validateFaultConfig } from "./fault-config.js";
import { matchRoute, type Route, type SandboxRequest, type SandboxResponse } from "./route.js";

/** The vendor-specific parts of a sandbox server. */
export interface ServiceDefinition {
  routes: Route[];
  /** Identify the caller: a credential label, or the 401 to send. */
  authenticate(req: IncomingMessage): { credential: string } | SandboxResponse;
  /** 403 when the credential lacks the route's permission, else null. */
  authorize(credential: string, permission: string | undefined): SandboxResponse | null;
  rateLimited(retryAfterMs: number): SandboxResponse;
  notFound(method: string, path: string): SandboxResponse;
  badRequest(message: string): SandboxResponse;
  serverError(status: number): SandboxResponse;
  /** A truncated body for the malformed fault. */
  malformedBody: string;
}

/** Options shared by both servers. */
export interface HttpServerOptions {
  port?: number;
  host?: string;
  faults?: Partial<FaultConfig>;
  /** Random source for faults and jitter (default: seeded, deterministic). */
  random: () => number;
  /** Monotonic clock in ms for rate limits and stats windows. */
  now: () => number;
  /** How latency is waited for (default: a real timer). */
  sleep?: (ms: number) => Promise<void>;
}

/** A running server's generic handle. */
export interface RunningHttpServer {
  url: string;
  stats: SandboxStats;
  configure(change: Partial<FaultConfig>): FaultConfig;
  resetStats(): void;
  close(): Promise<void>;
}

const defaults: FaultConfig = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  resetRate: 0,
  malformedRate: 0,
  writeThenFailRate: 0,
  rateLimit: false,
  errorStatus: null,
  faultRoutes: null,
};

function send(res: ServerResponse, r: SandboxResponse): void {
  const body = r.body === undefined ? "" : JSON.stringify(r.body);
  res.writeHead(r.status, { "content-type": "application/json; charset=utf-8", ...r.headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts a `node:http` server on loopback that runs auth, rate limit, latency, faults and the routes, and records stats. */
export async function startHttpServer(
  service: ServiceDefinition,
  o: HttpServerOptions,
): Promise<RunningHttpServer> {
  validateFaultConfig(o.faults ?? {});
  let config: FaultConfig = { ...defaults, ...o.faults };
  let limiter: RateLimiter | null = config.rateLimit ? createRateLimiter(config.rateLimit, o.now) : null;
  const recorder = createStats(o.now);
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const method = req.method ?? "GET";
    const route = service.routes.find((r) => r.method === method && matchRoute(r.pattern, url.pathname));
    const routeName = `${method} ${route?.pattern ?? "(unknown)"}`;
    const auth = service.authenticate(req);
    recorder.request(routeName, "credential" in auth ? auth.credential : "anonymous");
    const reply = (r: SandboxResponse) => {
      recorder.response(routeName, r.status);
      send(res, r);
    };
    const rawBody = await readBody(req);
    if (!("credential" in auth)) return reply(auth);
    const isWrite = method !== "GET" && method !== "HEAD";
    if (limiter && (config.rateLimit === false || !config.rateLimit.writesOnly || isWrite)) {
      const taken = limiter.take(auth.credential);
      if (!taken.ok) return reply(service.rateLimited(taken.retryAfterMs));
    }
    const delay = config.latencyMs + (config.jitterMs ? (o.random() * 2 - 1) * config.jitterMs : 0);
    if (delay > 0) await sleep(delay);
    if (!route) return reply(service.notFound(method, url.pathname));
    const denied = service.authorize(auth.credential, route.permission);
    if (denied) return reply(denied);
    const faulted = config.faultRoutes === null || config.faultRoutes.includes(routeName);
    const fault: FaultKind | null = faulted ? pickFault(config, o.random(), isWrite) : null;
    if (fault === "reset") {
      recorder.stats.faults.reset++;
      recorder.response(routeName, "reset");
      req.socket.destroy();
      return;
    }
    if (fault === "error") {
      recorder.stats.faults.error++;
      return reply(service.serverError(config.errorStatus ?? (o.random() < 0.5 ? 500 : 503)));
    }
    if (fault === "malformed") {
      recorder.stats.faults.malformed++;
      recorder.response(routeName, 200);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(service.malformedBody);
      return;
    }
    let body: unknown;
    if (rawBody.trim() !== "") {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return reply(service.badRequest("The request body is not valid JSON"));
      }
    }
    const request: SandboxRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      params: matchRoute(route.pattern, url.pathname) ?? {},
      credential: auth.credential,
    };
    const result = route.handle(request);
    if (isWrite && result.status < 400) recorder.stats.writes++;
    if (fault === "writeThenFail" && result.status < 400) {
      recorder.stats.faults.writeThenFail++;
      return reply(service.serverError(503));
    }
    reply(result);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A handler bug must surface as a 500 the test sees, not crash the server.
      if (!res.headersSent)
        send(res, { status: 500, body: { code: "InternalError", message: String(error) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port ?? 0, o.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${o.host ?? "127.0.0.1"}:${address.port}`,
    stats: recorder.stats,
    configure(change) {
      validateFaultConfig(change);
      config = { ...config, ...change };
      if ("rateLimit" in change)
        limiter = config.rateLimit ? createRateLimiter(config.rateLimit, o.now) : null;
      return { ...config };
    },
    resetStats: () => recorder.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
