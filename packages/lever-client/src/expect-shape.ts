import { ApiError } from "@lever-oomnitza/http";
import type { LeverListedUser, LeverTag, LeverUser } from "./lever-types.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(response: Response, method: string, what: string): ApiError {
  return new ApiError({
    kind: "invalid-response",
    service: "lever",
    status: response.status,
    method,
    url: response.url || "(unknown)",
    message: `lever ${method} ${response.url} → ${response.status}: the body is not ${what}; the Lever API contract may have changed`,
  });
}

/** Check one user object and normalize an absent `deactivatedAt` to null (absent means active). */
export function toLeverUser(value: unknown, response: Response, method: string): LeverUser {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.email !== "string") {
    throw invalid(response, method, "a Lever user with string id and email");
  }
  const deactivatedAt = typeof value.deactivatedAt === "number" ? value.deactivatedAt : null;
  return { ...value, deactivatedAt } as LeverUser;
}

/**
 * Check one user of a list page: only its `id` must be a string. Lever has returned users without an
 * email (and with nulls elsewhere); failing the whole page for one of them would stop every sync, so
 * the record passes through as Lever sent it and the caller decides (the connector skips it with a reason).
 */
export function toListedLeverUser(value: unknown, response: Response, method: string): LeverListedUser {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") {
    throw invalid(response, method, "a list of Lever users, each with a string id");
  }
  const deactivatedAt = typeof value.deactivatedAt === "number" ? value.deactivatedAt : null;
  return { ...value, deactivatedAt } as LeverListedUser;
}

/** Unwrap `{ data: User }`. */
export function expectUserEnvelope(body: unknown, response: Response, method: string): LeverUser {
  if (!isRecord(body)) throw invalid(response, method, "the { data } envelope");
  return toLeverUser(body.data, response, method);
}

/** Unwrap `{ data: T[], hasNext, next? }`; `next` counts only when `hasNext` is true (docs/vendor-facts.md#lever-lists-and-pagination). */
export function expectList(
  body: unknown,
  response: Response,
  method: string,
): { items: unknown[]; next: string | undefined } {
  if (!isRecord(body) || !Array.isArray(body.data))
    throw invalid(response, method, "the { data: [...] } list envelope");
  if (body.hasNext !== true) return { items: body.data, next: undefined };
  if (typeof body.next !== "string" || body.next === "") {
    throw invalid(response, method, "a list page with a next token although hasNext is true");
  }
  return { items: body.data, next: body.next };
}

/** Check a tag object. */
export function toLeverTag(value: unknown, response: Response, method: string): LeverTag {
  if (!isRecord(value) || typeof value.text !== "string") throw invalid(response, method, "a Lever tag");
  return value as LeverTag;
}
