import type { Route, SandboxRequest, SandboxResponse } from "../server/route.js";
import type { SandboxOomnitzaUser } from "../types.js";
import type { ListLimits } from "./apply-list-query.js";
import { applyListQuery } from "./apply-list-query.js";
import type { OomnitzaSandboxState } from "./create-oomnitza-state.js";
import { OomnitzaInputError, serializeUser, type UserStore } from "./create-user-store.js";
import { oomnitzaError } from "./oomnitza-error.js";
import { readOnlyUserFields, standardUserFields } from "./validate-user-input.js";

const allowUnknown = (req: SandboxRequest) => req.headers["oomnitza-allow-unknown-meta-fields"] === "1";

function attempt(fn: () => SandboxResponse): SandboxResponse {
  try {
    return fn();
  } catch (error) {
    if (error instanceof OomnitzaInputError) return oomnitzaError(400, error.message);
    throw error;
  }
}

/** `/api/v3/users` routes: list with filter/sort/fields/paging, meta, create, get, PATCH, delete (docs/vendor-facts.md#oomnitza-users). */
export function userRoutes(state: OomnitzaSandboxState, people: UserStore, limits: ListLimits): Route[] {
  const missing = (id: string) => oomnitzaError(404, `user ${id} not found`);
  const meta = () => [
    ...[...readOnlyUserFields].map((name) => ({
      name,
      type: name.endsWith("date") || name === "uid" ? "number" : "text",
      editable: false,
    })),
    ...Object.entries(standardUserFields).map(([name, kind]) => ({
      name,
      type: kind === "integer" ? "number" : kind === "boolean" ? "boolean" : "text",
      mandatory: ["username", "email", "role"].includes(name),
      unique: name === "username" || name === "email",
      editable: true,
    })),
    ...state.customFields.map((f) => ({
      name: f.name,
      type: f.type,
      unique: f.unique ?? false,
      mandatory: f.mandatory ?? false,
      editable: true,
      custom: true,
    })),
  ];
  return [
    {
      method: "GET",
      pattern: "/api/v3/users",
      permission: "users:read",
      handle: (req) =>
        applyListQuery(
          [...people.users.values()],
          req.query,
          new Set(people.fieldNames()),
          limits,
          "user_id",
          (u) => serializeUser(u as SandboxOomnitzaUser),
        ),
    },
    {
      method: "GET",
      pattern: "/api/v3/users/meta",
      permission: "users:read",
      handle: () => ({ status: 200, body: meta() }),
    },
    {
      method: "POST",
      pattern: "/api/v3/users",
      permission: "users:write",
      handle: (req) =>
        attempt(() => ({
          status: 200,
          body: serializeUser(
            people.create(req.body, { allowUnknown: allowUnknown(req), actor: req.credential }),
          ),
        })),
    },
    {
      method: "GET",
      pattern: "/api/v3/users/:ident",
      permission: "users:read",
      handle: (req) => {
        const u = state.getUser(req.params.ident as string);
        return u ? { status: 200, body: u } : missing(req.params.ident as string);
      },
    },
    {
      method: "PATCH",
      pattern: "/api/v3/users/:ident",
      permission: "users:write",
      handle: (req) => {
        const id = req.params.ident as string;
        if (!people.users.has(id)) return missing(id);
        return attempt(() => ({
          status: 200,
          body: serializeUser(
            people.patch(id, req.body, { allowUnknown: allowUnknown(req), actor: req.credential }),
          ),
        }));
      },
    },
    {
      method: "DELETE",
      pattern: "/api/v3/users/:ident",
      permission: "users:write",
      handle: (req) => {
        const removed = people.remove(req.params.ident as string);
        return removed ? { status: 200, body: serializeUser(removed) } : missing(req.params.ident as string);
      },
    },
  ];
}
