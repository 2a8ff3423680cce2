import { createServer, type Server } from "node:http";
import type { SchedulerMetrics } from "./scheduler-metrics.js";

/** Where `--listen` binds: a host (loopback unless given) and a port (0 = any free one). */
export interface ListenAddress {
  host: string;
  port: number;
}

/**
 * Parses `--listen`: `9464`, `127.0.0.1:9464`, `[::1]:9464`, `0.0.0.0:9464`. A bare port binds to
 * loopback: exposing the endpoints beyond this machine is a choice written out in full.
 */
export function parseListen(value: string): ListenAddress | undefined {
  const m = /^(?:(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/.exec(value.trim());
  if (!m) return undefined;
  const port = Number(m[2]);
  if (port > 65_535) return undefined;
  const host = (m[1] ?? "127.0.0.1").replace(/^\[(.*)\]$/, "$1");
  return { host, port };
}

/** What `/healthz` reports besides the metrics' last run. */
export interface ServiceState {
  stopping: boolean;
  nextRuns: () => Record<string, string | null>;
}

/**
 * Serves `/healthz` (200 while the scheduler runs and its last run was ok or there was none yet, 503
 * otherwise; the JSON says which) and Prometheus `/metrics`. Read-only, no secret, nothing else.
 */
export async function startService(
  at: ListenAddress,
  metrics: SchedulerMetrics,
  state: ServiceState,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      const last = metrics.lastRun;
      const lastOk = last === null || last.exitCode === 0;
      const healthy = !state.stopping && lastOk;
      const body = {
        status: healthy ? "ok" : "failing",
        scheduler: state.stopping ? "stopping" : "running",
        lastRunOk: lastOk,
        lastRun: last,
        nextRuns: state.nextRuns(),
      };
      res.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
      res.end(`${JSON.stringify(body)}\n`);
      return;
    }
    if (path === "/metrics") {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { "content-type": metrics.registry.contentType });
          res.end(text);
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("Not found: try /healthz or /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(at.port, at.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : at.port;
  const host = at.host.includes(":") ? `[${at.host}]` : at.host;
  return { server, url: `http://${host}:${port}` };
}
