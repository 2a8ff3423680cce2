import type { Route, SandboxRequest, SandboxResponse } from "../server/route.js";
import type { LeverListFilters, LeverSandboxState } from "./create-lever-state.js";
import { leverError } from "./lever-errors.js";
import { decodeOffsetToken, encodeOffsetToken, filterHash } from "./offset-token.js";
import { validateLeverUserInput } from "./validate-lever-user-input.js";

const notFound = (id: string) => leverError(404, "ResourceNotFound", `users ${id} was not found`);

function listFilters(q: URLSearchParams): LeverListFilters {
  const roles = [...q.getAll("accessRole"), ...q.getAll("accessRole[]")];
  return {
    includeDeactivated: (q.get("includeDeactivated") ?? "").toLowerCase() === "true",
    ...(q.has("email") ? { email: q.get("email") as string } : {}),
    ...(roles.length > 0 ? { accessRole: [...new Set(roles)].sort() } : {}),
    ...(q.has("external_directory_id")
      ? { externalDirectoryId: q.get("external_directory_id") as string }
      : {}),
  };
}

function listUsers(state: LeverSandboxState, req: SandboxRequest): SandboxResponse {
  const rawLimit = req.query.get("limit");
  const limit = rawLimit === null ? 100 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return leverError(400, "BadRequestError", `Invalid limit "${rawLimit}": use an integer from 1 to 100`);
  }
  const filters = listFilters(req.query);
  // Filters are canonical (email lowercased, roles sorted) so the same query always hashes alike.
  const hash = filterHash({ ...filters, email: filters.email?.toLowerCase() });
  const offset = req.query.get("offset");
  let cursor: { createdAt: number; id: string } | undefined;
  if (offset !== null && offset !== "") {
    const decoded = decodeOffsetToken(offset);
    if ("error" in decoded) return leverError(400, "BadRequestError", decoded.error);
    if (decoded.hash !== hash) {
      return leverError(
        400,
        "BadRequestError",
        "Invalid offset token: Offset token is invalid for sort (reuse a token only with the filters that produced it)",
      );
    }
    cursor = decoded.cursor;
  }
  const { items, hasNext } = state.page(filters, cursor, limit);
  const last = items.at(-1);
  return {
    status: 200,
    body: { data: items, hasNext, ...(hasNext && last ? { next: encodeOffsetToken(last, hash) } : {}) },
  };
}

function write(state: LeverSandboxState, req: SandboxRequest, id: string | undefined): SandboxResponse {
  const input = validateLeverUserInput(req.body, id !== undefined);
  if (typeof input === "string") return leverError(400, "BadRequestError", input);
  const taken = state.findByEmail(input.email);
  if (taken && taken.id !== id)
    return leverError(400, "BadRequestError", `A user with email ${input.email} already exists`);
  if (input.managerId && !state.get(input.managerId))
    return leverError(400, "BadRequestError", `Invalid managerId: users ${input.managerId} was not found`);
  if (id === undefined) return { status: 201, body: { data: state.addUser(input) } };
  if (!state.get(id)) return notFound(id);
  return { status: 200, body: { data: state.updateUser(id, input) } };
}

/** The Lever Data API v1 routes the sandbox serves (docs/vendor-facts.md#lever-users, #lever-lists-and-pagination). No DELETE: Lever has none. */
export function leverRoutes(state: LeverSandboxState): Route[] {
  const byId = (fn: (id: string) => SandboxResponse) => (req: SandboxRequest) => {
    const id = req.params.id as string;
    return state.get(id) ? fn(id) : notFound(id);
  };
  return [
    { method: "GET", pattern: "/v1/users", permission: "users:read", handle: (req) => listUsers(state, req) },
    {
      method: "POST",
      pattern: "/v1/users",
      permission: "users:write",
      handle: (req) => write(state, req, undefined),
    },
    {
      method: "GET",
      pattern: "/v1/users/:id",
      permission: "users:read",
      handle: (req) => byId((id) => ({ status: 200, body: { data: state.get(id) } }))(req),
    },
    {
      method: "PUT",
      pattern: "/v1/users/:id",
      permission: "users:write",
      handle: (req) => write(state, req, req.params.id),
    },
    {
      method: "POST",
      pattern: "/v1/users/:id/deactivate",
      permission: "users:write",
      handle: (req) => byId((id) => ({ status: 200, body: { data: state.deactivateUser(id) } }))(req),
    },
    {
      method: "POST",
      pattern: "/v1/users/:id/reactivate",
      permission: "users:write",
      handle: (req) => byId((id) => ({ status: 200, body: { data: state.reactivateUser(id) } }))(req),
    },
    {
      method: "GET",
      pattern: "/v1/tags",
      permission: "tags:read",
      handle: () => ({ status: 200, body: { data: state.tags, hasNext: false } }),
    },
  ];
}
