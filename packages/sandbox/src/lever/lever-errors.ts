import type { SandboxResponse } from "../server/route.js";

/** A Lever error response: `{ code, message }` (lever-api.md §3.3). */
export function leverError(status: number, code: string, message: string): SandboxResponse {
  return { status, body: { code, message } };
}
