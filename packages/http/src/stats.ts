import type { RequestFetch } from "./throttle.js";

/** Counters for one transport: attempts sent, retries, 429s, and attempts per status and per route. */
export interface TransportStats {
  requests: number;
  retries: number;
  /** 429 responses received. */
  rateLimited: number;
  /** Attempts per HTTP status ("200", "429", …) or failure ("network", "timeout"). */
  byStatus: Record<string, number>;
  /** Attempts per route, ids folded: "GET /users/:id". */
  byRoute?: Record<string, number>;
}

/** A zeroed {@link TransportStats}. */
export function createStats(): TransportStats {
  return { requests: 0, retries: 0, rateLimited: 0, byStatus: {}, byRoute: {} };
}

const ID_SEGMENT = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24,})$/i;

/** "METHOD /path" with numeric, UUID and long-hex segments replaced by ":id", so routes stay few. */
export function routeKey(method: string, url: URL): string {
  const path = url.pathname
    .split("/")
    .map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment))
    .join("/");
  return `${method.toUpperCase()} ${path}`;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Wrap a fetch so every attempt is counted in `stats`. */
export function countRequests(next: RequestFetch, stats: TransportStats): RequestFetch {
  return async (request) => {
    stats.requests++;
    if (stats.byRoute) bump(stats.byRoute, routeKey(request.method, new URL(request.url)));
    try {
      const response = await next(request);
      bump(stats.byStatus, String(response.status));
      if (response.status === 429) stats.rateLimited++;
      return response;
    } catch (error) {
      const kind = (error as { kind?: unknown }).kind;
      bump(stats.byStatus, kind === "timeout" ? "timeout" : "network");
      throw error;
    }
  };
}
