import { collectPages, flattenPages } from "@lever-oomnitza/http";
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

/** Query of `saas.list` / `saas.listPages`. */
export interface SaasListQuery {
  filter?: string;
  sortby?: string;
  fields?: string[];
  pageSize?: number;
}

/** Query of `saas.users`. */
export interface SaasUsersOfAppQuery {
  /** Server-side last-visit filter (unix seconds). */
  lastVisit?: string;
  /** Keep only users sharing one of these roles. */
  roles?: string;
  pageSize?: number;
}

/** `client.saas`: SaaS applications, their users and roles. */
export interface SaasApi {
  /** Every matching SaaS application, page by page. */
  listPages(query?: SaasListQuery): AsyncIterable<SaasApp[]>;
  /** Every matching SaaS application, one by one. */
  list(query?: SaasListQuery): AsyncIterable<SaasApp>;
  /** One SaaS application by id. */
  get(saasId: string | number): Promise<SaasApp>;
  /** Creates a SaaS application (never retried after a 5xx or timeout); returns the input plus `saas_id`. */
  create(input: SaasAppInput, options?: WriteOptions): Promise<SaasApp>;
  /**
   * The SaaS application with exactly this name (falls back to a case-insensitive match), if any;
   * throws {@link AmbiguousSaasAppError} when more than one has it.
   */
  findByName(name: string): Promise<SaasApp | undefined>;
  /** All users of a SaaS application (every page), `roles` always a list. */
  users(saasId: string | number, query?: SaasUsersOfAppQuery): Promise<SaasAssignedUser[]>;
  /** Assigns (`true`) or unassigns (`false`) users; per-user results, failures included. */
  assignUsers(saasId: string | number, userIds: string[], assign: boolean): Promise<SaasAssignResult[]>;
  /** Stores the user's id inside the SaaS (`user_external_id`); `errors` is returned, never dropped. */
  setUserExternalId(
    saasId: string | number,
    userId: string,
    externalId: string,
  ): Promise<SaasExternalIdResult>;
  /** Roles defined in a SaaS application. */
  roles(saasId: string | number): Promise<SaasRoleRecord[]>;
  /** Creates a role (not retried after a 5xx or timeout). */
  createRole(saasId: string | number, role: SaasRoleInput): Promise<SaasRoleRecord>;
  /** Overwrites these users' roles in the SaaS (unknown roles are created); per-user results. */
  setUserRoles(
    saasId: string | number,
    userIds: string[],
    roles: SaasUserRoleInput[],
  ): Promise<RoleAssignResult[]>;
}

function asRoleResults(data: unknown): RoleAssignResult[] {
  const list = Array.isArray(data) ? data : data && typeof data === "object" ? [data] : [];
  return list.map((item: Record<string, unknown>) => ({
    ...item,
    errors: Array.isArray(item.errors) ? (item.errors as string[]) : [],
  }));
}

/** Builds {@link SaasApi} on the raw client. */
export function createSaasApi(ctx: ResourceContext): SaasApi {
  const { raw } = ctx;
  const ident = (id: string | number) => ({ path: { ident: String(id) } });
  const listPages = (q: SaasListQuery = {}): AsyncIterable<SaasApp[]> =>
    pagedList<SaasApp>({
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
        }),
    });
  return {
    listPages,
    list: (q) => flattenPages(listPages(q)),
    async get(id) {
      const { data, response } = await raw.GET("/api/v3/saas/{ident}", { params: ident(id) });
      return expectBody(data, response, "GET", "/api/v3/saas/{ident}") as SaasApp;
    },
    async create(input, options) {
      const { data, response } = await raw.POST("/api/v3/saas", {
        body: input,
        headers: writeHeaders(options),
      });
      const created = expectBody(data, response, "POST", "/api/v3/saas");
      return { ...input, ...created } as SaasApp;
    },
    async findByName(name) {
      const found = await collectPages(listPages({ filter: filter.eq("saas_name", name) }));
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
    async users(id, q = {}) {
      const pages = pagedList({
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
          }),
        map: normalizeSaasUser,
      });
      return collectPages(pages);
    },
    async assignUsers(id, userIds, assign) {
      if (userIds.length === 0) return [];
      const body = userIds.map((user_id) => ({ user_id, assign }));
      const { data } = await raw.POST("/api/v3/saas/{ident}/users", { params: ident(id), body });
      // The export documents no body: an empty 200 means every item was accepted.
      if (!Array.isArray(data)) return userIds.map((user_id) => ({ user_id, assign, error: null }));
      return data as SaasAssignResult[];
    },
    async setUserExternalId(id, userId, externalId) {
      const { data, response } = await raw.POST("/api/v3/saas/{ident}/users/{user_id}", {
        params: { path: { ident: String(id), user_id: userId } },
        body: { user_external_id: externalId },
      });
      const result = expectBody(data, response, "POST", "/api/v3/saas/{ident}/users/{user_id}");
      return { user_external_id: result.user_external_id ?? null, errors: result.errors ?? [] };
    },
    async roles(id) {
      const { data, response } = await raw.GET("/api/v3/saas/{ident}/roles", { params: ident(id) });
      return expectBody(data, response, "GET", "/api/v3/saas/{ident}/roles") as SaasRoleRecord[];
    },
    async createRole(id, role) {
      const { data, response } = await raw.POST("/api/v3/saas/{ident}/roles", {
        params: ident(id),
        body: role,
      });
      return expectBody(data, response, "POST", "/api/v3/saas/{ident}/roles") as SaasRoleRecord;
    },
    async setUserRoles(id, userIds, roles) {
      const { data } = await raw.PATCH("/api/v3/saas/{ident}/roles/users", {
        params: ident(id),
        body: { users: userIds, roles },
      });
      return asRoleResults(data);
    },
  };
}
