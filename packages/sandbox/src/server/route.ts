import type { IncomingHttpHeaders } from "node:http";

/** One parsed request as a route handler sees it. */
export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or `undefined` when there was none. */
  body: unknown;
  params: Record<string, string>;
  /** Label of the authenticated credential (never the secret itself). */
  credential: string;
}

/** What a handler answers: status, JSON body and extra headers. */
export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route: method, `/v1/users/:id`-style pattern, and a synchronous handler (state changes are atomic). */
export interface Route {
  method: string;
  pattern: string;
  /** Permission the credential needs, checked by the service's `authorize`. */
  permission?: string;
  handle(req: SandboxRequest): SandboxResponse;
}

/** Matches a path against a route pattern; returns decoded params or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(":")) {
      if (g === "") return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}
