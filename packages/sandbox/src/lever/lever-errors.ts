import type { SandboxResponse } from "../server/route.js";

/** A Lever error response: `{ code, message }` (docs/vendor-facts.md#lever-errors). */
export function leverError(status: number, code: string, message: string): SandboxResponse {
  return { status, body: { code, message } };
}
