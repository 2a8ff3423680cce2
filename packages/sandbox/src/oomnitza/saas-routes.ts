import type { Route, SandboxRequest, SandboxResponse } from "../server/route.js";
import type { SandboxSaasUser } from "../types.js";
import { applyListQuery, type ListLimits } from "./apply-list-query.js";
import type { SaasStore, ServedSaasUser } from "./create-saas-store.js";
import type { UserStore } from "./create-user-store.js";
import { oomnitzaError } from "./oomnitza-error.js";
import { exportShapedSaasUser, type TenantBehaviour } from "./tenant-variant.js";

const appFields = new Set([
  "saas_id",
  "saas_name",
  "category",
  "publisher",
  "url",
  "source",
  "creationdate",
  "changedate",
]);
const seatFields = new Set([
  "saas_user_id",
  "saas_id",
  "user_id",
  "username",
  "email",
  "full_name",
  "user_external_id",
  "last_visit",
  "status",
  "contract_id",
  "old_usage",
]);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `roles` (ids or labels, comma-separated) and `last_visit` (unix s: seats last seen at or before it) query filters. */
function seatQuery(seats: ServedSaasUser[], q: URLSearchParams): ServedSaasUser[] | string {
  let out = seats;
  const roles = q.get("roles");
  if (roles) {
    const wanted = new Set(roles.split(",").map((r) => r.trim().toLowerCase()));
    out = out.filter((s) =>
      s.roles.some((r) => wanted.has(r.role_id) || wanted.has(r.role_external_label.toLowerCase())),
    );
  }
  const lastVisit = q.get("last_visit");
  if (lastVisit) {
    const t = Number(lastVisit);
    if (!Number.isFinite(t)) return `last_visit must be unix seconds, got "${lastVisit}"`;
    out = out.filter((s) => s.last_visit !== null && s.last_visit <= t);
  }
  const text = q.get("text")?.toLowerCase();
  if (text)
    out = out.filter((s) => [s.username, s.email, s.full_name].some((v) => v?.toLowerCase().includes(text)));
  return out;
}

function setStatus(saas: SaasStore, body: unknown, status: "active" | "deactivated"): SandboxResponse {
  const ids = isObject(body) ? body.saas_user_ids : undefined;
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => typeof id === "string" || typeof id === "number")
  ) {
    return oomnitzaError(400, "saas_user_ids must be a non-empty array of SaaS user ids");
  }
  // Per-item results in a 200 body; repeating a change is not an error (see openapi/oomnitza.yaml).
  return {
    status: 200,
    body: ids.map((raw) => {
      const seat = saas.seats.get(String(raw));
      if (seat) seat.status = status;
      return { saas_user_id: String(raw), error: seat ? null : `SaaS user ${String(raw)} not found` };
    }),
  };
}

/** SaaS apps, their users, external ids, roles and SaaS-user activation routes (see openapi/oomnitza.yaml). */
export function saasRoutes(
  saas: SaasStore,
  people: UserStore,
  limits: ListLimits,
  tenant: TenantBehaviour,
): Route[] {
  const withApp = (fn: (saasId: number, req: SandboxRequest) => SandboxResponse) => (req: SandboxRequest) => {
    const id = Number(req.params.ident);
    return saas.apps.has(id) ? fn(id, req) : oomnitzaError(404, `SaaS ${req.params.ident} not found`);
  };
  const listSeats = (req: SandboxRequest, saasId?: number): SandboxResponse => {
    const answer = listSeatsAsSpecified(tenantQuery(req, saasId), saasId);
    if (!tenant.exportShape || answer.status !== 200 || !Array.isArray(answer.body)) return answer;
    return { ...answer, body: (answer.body as ServedSaasUser[]).map(exportShapedSaasUser) };
  };
  // The variant's deviations from the spec: which query parameters it ignores, which limits it applies.
  const tenantQuery = (req: SandboxRequest, saasId?: number): SandboxRequest => {
    const query = new URLSearchParams(req.query);
    if (tenant.seatsIgnorePaging) for (const k of ["limit", "skip"]) query.delete(k);
    if (tenant.seatsIgnoreFilter && saasId === undefined) query.delete("filter");
    return { ...req, query };
  };
  const seatLimits: ListLimits = tenant.seatsIgnorePaging
    ? { defaultLimit: Number.MAX_SAFE_INTEGER, maxLimit: Number.MAX_SAFE_INTEGER, totalCount: false }
    : limits;
  const listSeatsAsSpecified = (req: SandboxRequest, saasId?: number): SandboxResponse => {
    const limits = seatLimits;
    const raw = [...saas.seats.values()].filter((s) => saasId === undefined || s.saas_id === saasId);
    // Plain paging serves only the page; filters need every seat in its served form first.
    const needsServed = ["filter", "sortby", "roles", "last_visit", "text", "fields"].some((k) =>
      req.query.get(k),
    );
    if (!needsServed) {
      const serve = (s: Record<string, unknown>) =>
        saas.serve(s as unknown as SandboxSaasUser) as unknown as Record<string, unknown>;
      return applyListQuery(
        raw as unknown as Record<string, unknown>[],
        req.query,
        seatFields,
        limits,
        "saas_user_id",
        serve,
      );
    }
    const seats = seatQuery(raw.map(saas.serve), req.query);
    if (typeof seats === "string") return oomnitzaError(400, seats);
    return applyListQuery(
      seats as unknown as Record<string, unknown>[],
      req.query,
      seatFields,
      limits,
      "saas_user_id",
    );
  };
  return [
    {
      method: "GET",
      pattern: "/api/v3/saas",
      permission: "saas:read",
      handle: (req) =>
        applyListQuery(
          [...saas.apps.values()] as unknown as Record<string, unknown>[],
          req.query,
          appFields,
          limits,
          "saas_id",
        ),
    },
    {
      method: "POST",
      pattern: "/api/v3/saas",
      permission: "saas:write",
      handle: (req) => {
        const b = req.body;
        if (!isObject(b) || typeof b.saas_name !== "string" || b.saas_name.trim() === "")
          return oomnitzaError(400, "saas_name is required");
        const absent = tenant.saasCreateRequires.find((k) => b[k] === undefined);
        if (absent) return oomnitzaError(400, `${absent} is required`);
        const unknown = Object.keys(b).find(
          (k) => !appFields.has(k) && !tenant.saasCreateRequires.includes(k),
        );
        if (unknown && req.headers["oomnitza-allow-unknown-meta-fields"] !== "1")
          return oomnitzaError(400, `Unknown field "${unknown}"`);
        const str = (v: unknown) => (typeof v === "string" ? v : null);
        return {
          status: 201,
          body: {
            saas_id: saas.createApp({
              saas_name: b.saas_name,
              category: str(b.category),
              publisher: str(b.publisher),
              url: str(b.url),
            }).saas_id,
          },
        };
      },
    },
    {
      method: "GET",
      pattern: "/api/v3/saas/:ident",
      permission: "saas:read",
      handle: withApp((id) => ({ status: 200, body: saas.apps.get(id) })),
    },
    {
      method: "GET",
      pattern: "/api/v3/saas/:ident/users",
      permission: "saas:read",
      handle: withApp((id, req) => listSeats(req, id)),
    },
    {
      method: "POST",
      pattern: "/api/v3/saas/:ident/users",
      permission: "saas:write",
      handle: withApp((id, req) => {
        const items = req.body;
        if (
          !Array.isArray(items) ||
          !items.every((i) => isObject(i) && typeof i.user_id === "string" && typeof i.assign === "boolean")
        ) {
          return oomnitzaError(400, "The body must be an array of { user_id: string, assign: boolean }");
        }
        return {
          status: 200,
          body: (items as { user_id: string; assign: boolean }[]).map(({ user_id, assign }) => {
            if (!assign) {
              const saas_user_id = saas.seat(id, user_id)?.saas_user_id ?? null;
              saas.unassign(id, user_id);
              return { user_id, assign, saas_user_id, error: null };
            }
            if (!people.users.has(user_id))
              return { user_id, assign, saas_user_id: null, error: `user ${user_id} not found` };
            return { user_id, assign, saas_user_id: saas.assign(id, user_id).saas_user_id, error: null };
          }),
        };
      }),
    },
    {
      method: "POST",
      pattern: "/api/v3/saas/:ident/users/:user_id",
      permission: "saas:write",
      handle: withApp((id, req) => {
        const b = req.body;
        if (!isObject(b) || typeof b.user_external_id !== "string")
          return oomnitzaError(400, "user_external_id (string) is required");
        const seat = saas.seat(id, req.params.user_id as string);
        if (!seat)
          return {
            status: 200,
            body: {
              user_external_id: null,
              errors: [`user ${req.params.user_id} is not assigned to SaaS ${id}: assign it first`],
            },
          };
        seat.user_external_id = b.user_external_id;
        return { status: 200, body: { user_external_id: seat.user_external_id, errors: [] } };
      }),
    },
    {
      method: "GET",
      pattern: "/api/v3/saas/:ident/roles",
      permission: "saas:read",
      handle: withApp((id) => ({
        status: 200,
        body: [...saas.roles.values()]
          .filter((r) => r.saas_id === id)
          .map((r) => ({
            ...r,
            role_id: String(r.role_id),
            users_count: [...saas.seats.values()].filter((s) => s.role_ids.includes(r.role_id)).length,
          })),
      })),
    },
    {
      method: "POST",
      pattern: "/api/v3/saas/:ident/roles",
      permission: "saas:write",
      handle: withApp((id, req) => {
        const b = req.body;
        if (!isObject(b) || typeof b.role_external_label !== "string" || b.role_external_label === "")
          return oomnitzaError(400, "role_external_label is required");
        const externalId = typeof b.role_external_id === "string" ? b.role_external_id : null;
        const clash = [...saas.roles.values()].find(
          (r) =>
            r.saas_id === id &&
            r.role_external_label.toLowerCase() === (b.role_external_label as string).toLowerCase(),
        );
        if (clash)
          return oomnitzaError(
            400,
            `role "${clash.role_external_label}" already exists in SaaS ${id} (role_id ${clash.role_id})`,
          );
        const role = saas.ensureRole(id, b.role_external_label, externalId);
        return { status: 201, body: { ...role, role_id: String(role.role_id), users_count: 0 } };
      }),
    },
    {
      method: "PATCH",
      pattern: "/api/v3/saas/:ident/roles/users",
      permission: "saas:write",
      handle: withApp((id, req) => {
        const b = req.body;
        const ok =
          isObject(b) &&
          Array.isArray(b.users) &&
          b.users.every((u) => typeof u === "string") &&
          Array.isArray(b.roles) &&
          b.roles.every(
            (r) =>
              isObject(r) &&
              typeof r.role_external_label === "string" &&
              (!tenant.roleExternalIdRequired || typeof r.role_external_id === "string"),
          );
        if (!ok)
          return oomnitzaError(
            400,
            tenant.roleExternalIdRequired
              ? "The body must be { users: string[], roles: { role_external_id, role_external_label? }[] }: role_external_id is required"
              : "The body must be { users: string[], roles: { role_external_id?, role_external_label }[] }",
          );
        const { users, roles } = b as {
          users: string[];
          roles: { role_external_id?: string; role_external_label: string }[];
        };
        // Overwrite: each listed user's roles in this SaaS become exactly `roles`; unknown roles are created.
        const roleIds = roles.map(
          (r) => saas.ensureRole(id, r.role_external_label, r.role_external_id ?? null).role_id,
        );
        return {
          status: 200,
          body: users.map((userId) => {
            const seat = saas.seat(id, userId);
            if (seat) seat.role_ids = [...new Set(roleIds)];
            return {
              user_id: userId,
              role_id: roleIds[0] === undefined ? null : String(roleIds[0]),
              errors: seat ? [] : [`user ${userId} is not assigned to SaaS ${id}`],
            };
          }),
        };
      }),
    },
    {
      method: "GET",
      pattern: "/api/v3/saas_users",
      permission: "saas:read",
      handle: (req) => listSeats(req),
    },
    {
      method: "PATCH",
      pattern: "/api/v3/saas_users/deactivate",
      permission: "saas:write",
      handle: (req) => setStatus(saas, req.body, "deactivated"),
    },
    {
      method: "PATCH",
      pattern: "/api/v3/saas_users/activate",
      permission: "saas:write",
      handle: (req) => setStatus(saas, req.body, "active"),
    },
  ];
}
