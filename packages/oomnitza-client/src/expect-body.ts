import { ApiError } from "@lever-oomnitza/http";

/**
 * Returns `data`, or throws `ApiError{kind:'invalid-response'}` when a call that must return a body
 * returned none (error statuses never get here: the error middleware already threw).
 */
export function expectBody<T>(data: T | undefined, response: Response, method: string, path: string): T {
  if (data !== undefined && data !== null) return data;
  throw new ApiError({
    kind: "invalid-response",
    status: response.status,
    method,
    url: path,
    service: "oomnitza",
    message: `oomnitza ${method} ${path} → ${response.status} with an empty body where JSON was expected`,
  });
}
