import { type CallOptions, callInit, type Paged, paged } from "@lever-oomnitza/http";
import { AmbiguousSaasAppError } from "./ambiguous-saas-app-error.js";
import { expectBody } from "./expect-body.js";
import { filter } from "./filter.js";
import { normalizeSaasUser, saasUserPageId } from "./normalize-saas-user.js";
import type { ResourceContext } from "./oomnitza-raw-client.js";
import type {
  RoleAssignResult,
  SaasApp,
  SaasAppInput,
  SaasAssignedUser,
  SaasAssignResult,
  SaasExternalIdResult,
  SaasRoleInput,
  SaasRoleRecord,
  SaasUserRoleInput,
  WriteOptions,
} from "./oomnitza-types.js";
import { definedOnly, pagedList } from "./paged-list.js";
import { writeHeaders } from "./write-headers.js";

/** Query of `saas.list`. */
export interface SaasListQuery {
  /**
   * Filter string built with `f`, on the SaaS fields: `saas_id`, `saas_name`, `category`, `publisher`,
   * `url` (e.g. `f.like("saas_name", "Lever%")`).
   */
  filter?: string | undefined;
  /** `<field> asc|desc`. */
  sortby?: string | undefined;
  /** Fields to return (projection). */
  fields?: string[] | undefined;
  /** Page size (defaults to the client's `pageSize`). */
  pageSize?: number | undefined;
}

/** Query of `saas.users`: the app's users are filtered server-side on these two fields only. */
export interface SaasUsersOfAppQuery {
  /** Server-side last-visit filter (unix seconds). */
  lastVisit?: string | undefined;
  /** Keep only users sharing one of these roles. */
  roles?: string | undefined;
  /** Page size (defaults to the client's `pageSize`). */
  pageSize?: number | undefined;
}

/** `client.saas`: SaaS applications, their users and roles. */
export interface OomnitzaSaasApi {
  /** Every matching SaaS application. */
  list(query?: SaasListQuery, options?: CallOptions): Paged<SaasApp>;
  /** One SaaS application by id. */
  get(saasId: number, options?: CallOptions): Promise<SaasApp>;
  /** Creates a SaaS application (never retried after a 5xx or timeout); returns the input plus `saas_id`. */
  create(input: SaasAppInput, options?: WriteOptions): Promise<SaasApp>;
  /**
   * The SaaS application with exactly this name (falls back to a case-insensitive match), if any;
   * throws {@link AmbiguousSaasAppError} when more than one has it.
   */
  findByName(name: string, options?: CallOptions): Promise<SaasApp | undefined>;
  /** Every user of a SaaS application, `roles` always a list. */
  users(saasId: number, query?: SaasUsersOfAppQuery, options?: CallOptions): Paged<SaasAssignedUser>;
  /** Assigns (`true`) or unassigns (`false`) users; per-user results, failures included. */
  assignUsers(
    saasId: number,
    userIds: string[],
    assign: boolean,
    options?: CallOptions,
  ): Promise<SaasAssignResult[]>;
  /** Stores the user's id inside the SaaS (`user_external_id`); `errors` is returned, never dropped. */
  setUserExternalId(
    saasId: number,
    userId: string,
    externalId: string,
    options?: CallOptions,
  ): Promise<SaasExternalIdResult>;
  /** Roles defined in a SaaS application (one request: the endpoint is not paged). */
  roles(saasId: number, options?: CallOptions): Paged<SaasRoleRecord>;
  /** Creates a role (not retried after a 5xx or timeout). */
  createRole(saasId: number, role: SaasRoleInput, options?: CallOptions): Promise<SaasRoleRecord>;
  /** Overwrites these users' roles in the SaaS (unknown roles are created); per-user results. */
  setUserRoles(
    saasId: number,
    userIds: string[],
    roles: SaasUserRoleInput[],
    options?: CallOptions,
  ): Promise<RoleAssignResult[]>;
}

function asRoleResults(data: unknown): RoleAssignResult[] {
  const list = Array.isArray(data) ? data : data && typeof data === "object" ? [data] : [];
  return list.map((item: Record<string, unknown>) => ({
    ...item,
    errors: Array.isArray(item.errors) ? (item.errors as string[]) : [],
  }));
}

/** Builds {@link OomnitzaSaasApi} on the raw client. */
export function createSaasApi(ctx: ResourceContext): OomnitzaSaasApi {
  const { raw } = ctx;
  const ident = (id: number) => ({ path: { ident: String(id) } });
  const list = (q: SaasListQuery = {}, options?: CallOptions): Paged<SaasApp> => {
    const init = callInit(options);
    return pagedList<SaasApp>({
      idOf: (app) => app.saas_id,
      pageSize: q.pageSize ?? ctx.pageSize,
      method: "GET",
      path: "/api/v3/saas",
      request: (window) =>
        raw.GET("/api/v3/saas", {
          params: {
            query: {
              ...window,
              ...definedOnly({ filter: q.filter, sortby: q.sortby, fields: q.fields?.join(",") }),
            },
          },
          ...init,
        }),
    });
  };
  return {
    list,
    async get(id, options) {
      const { data, response } = await raw.GET("/api/v3/saas/{ident}", {
        params: ident(id),
        ...callInit(options),
      });
      return expectBody(data, response, "GET", "/api/v3/saas/{ident}") as SaasApp;
    },
    async create(input, options) {
      const { data, response } = await raw.POST("/api/v3/saas", {
        body: input,
        ...callInit(options, writeHeaders(options)),
      });
      const created = expectBody(data, response, "POST", "/api/v3/saas");
      return { ...input, ...created } as SaasApp;
    },
    async findByName(name, options) {
      const found = await list({ filter: filter.eq("saas_name", name) }, options).toArray();
      const exact = found.filter((app) => app.saas_name === name);
      const matches =
        exact.length > 0 ? exact : found.filter((app) => app.saas_name?.toLowerCase() === name.toLowerCase());
      if (matches.length > 1) {
        throw new AmbiguousSaasAppError(
          name,
          matches.map((a) => ({ saas_id: a.saas_id, saas_name: a.saas_name })),
        );
      }
      return matches[0];
    },
    users(id, q = {}, options) {
      const init = callInit(options);
      return pagedList({
        idOf: saasUserPageId,
        pageSize: q.pageSize ?? ctx.pageSize,
        method: "GET",
        path: "/api/v3/saas/{ident}/users",
        request: (window) =>
          raw.GET("/api/v3/saas/{ident}/users", {
            params: {
              ...ident(id),
              query: { ...window, ...definedOnly({ last_visit: q.lastVisit, roles: q.roles }) },
            },
            ...init,
          }),
        map: normalizeSaasUser,
      });
    },
    async assignUsers(id, userIds, assign, options) {
      if (userIds.length === 0) return [];
      const body = userIds.map((user_id) => ({ user_id, assign }));
      const { data } = await raw.POST("/api/v3/saas/{ident}/users", {
        params: ident(id),
        body,
        ...callInit(options),
      });
      // The export documents no body: an empty 200 means every item was accepted.
      if (!Array.isArray(data)) return userIds.map((user_id) => ({ user_id, assign, error: null }));
      return data as SaasAssignResult[];
    },
    async setUserExternalId(id, userId, externalId, options) {
      const { data, response } = await raw.POST("/api/v3/saas/{ident}/users/{user_id}", {
        params: { path: { ident: String(id), user_id: userId } },
        body: { user_external_id: externalId },
        ...callInit(options),
      });
      const result = expectBody(data, response, "POST", "/api/v3/saas/{ident}/users/{user_id}");
      return { user_external_id: result.user_external_id ?? null, errors: result.errors ?? [] };
    },
    roles(id, options) {
      const init = callInit(options);
      return paged(async function* () {
        const { data, response } = await raw.GET("/api/v3/saas/{ident}/roles", {
          params: ident(id),
          ...init,
        });
        yield expectBody(data, response, "GET", "/api/v3/saas/{ident}/roles") as SaasRoleRecord[];
      });
    },
    async createRole(id, role, options) {
      const { data, response } = await raw.POST("/api/v3/saas/{ident}/roles", {
        params: ident(id),
        body: role,
        ...callInit(options),
      });
      return expectBody(data, response, "POST", "/api/v3/saas/{ident}/roles") as SaasRoleRecord;
    },
    async setUserRoles(id, userIds, roles, options) {
      const { data } = await raw.PATCH("/api/v3/saas/{ident}/roles/users", {
        params: ident(id),
        body: { users: userIds, roles },
        ...callInit(options),
      });
      return asRoleResults(data);
    },
  };
}
