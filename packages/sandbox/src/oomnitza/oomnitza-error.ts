import type { SandboxResponse } from "../server/route.js";

/** An Oomnitza error response. The real body format is undocumented (docs/vendor-facts.md#oomnitza-errors-and-limits); we send `{ message, errors }`. */
export function oomnitzaError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): SandboxResponse {
  return { status, body: { message, errors: [message], ...extra } };
}
