import { ApiError, type CallOptions, callInit, type Paged } from "@lever-oomnitza/http";
import { filter } from "./filter.js";
import { normalizeSaasUser, saasUserPageId } from "./normalize-saas-user.js";
import type { ResourceContext } from "./oomnitza-raw-client.js";
import type { SaasUser, SaasUserStatusResult, WriteOptions } from "./oomnitza-types.js";
import { definedOnly, pagedList } from "./paged-list.js";
import { writeHeaders } from "./write-headers.js";

/** Query of `saasUsers.list`. */
export interface SaasUserListQuery {
  /**
   * Filter string built with `f`, on the SaaS-user fields: `saas_user_id`, `saas_id`, `user_id`,
   * `status`, `user_external_id`, `username`, `email`, `last_visit` (e.g. `f.eq("saas_id", 12)`).
   */
  filter?: string | undefined;
  /** Full-text search. */
  text?: string | undefined;
  /** Keep only users sharing one of these roles. */
  roles?: string | undefined;
  /** `<field> asc|desc`. */
  sortby?: string | undefined;
  /** Page size (defaults to the client's `pageSize`). */
  pageSize?: number | undefined;
}

/** `client.saasUsers`: SaaS users across all SaaS applications. */
export interface OomnitzaSaasUsersApi {
  /** Every matching SaaS user (`roles` always a list). */
  list(query?: SaasUserListQuery, options?: CallOptions): Paged<SaasUser>;
  /**
   * One SaaS user by `saas_user_id`; none throws `ApiError{kind:'not-found'}`. Oomnitza has no
   * single-SaaS-user endpoint: this reads `/saas_users` filtered on `saas_user_id` and checks the id itself.
   */
  get(saasUserId: string, options?: CallOptions): Promise<SaasUser>;
  /** Deactivates SaaS users; one result per id (`error` null on success), in batches of `batchSize`. */
  deactivate(saasUserIds: string[], options?: WriteOptions): Promise<SaasUserStatusResult[]>;
  /** Activates SaaS users; one result per id (`error` null on success), in batches of `batchSize`. */
  activate(saasUserIds: string[], options?: WriteOptions): Promise<SaasUserStatusResult[]>;
}

// Oomnitza answers 200 with per-item results; an id it does not mention did not succeed either.
function completeResults(ids: string[], data: unknown): SaasUserStatusResult[] {
  const got = new Map<string, SaasUserStatusResult>();
  for (const item of Array.isArray(data) ? data : []) {
    const id = (item as { saas_user_id?: unknown })?.saas_user_id;
    if (typeof id !== "string") continue;
    const error = (item as { error?: unknown }).error;
    got.set(id, { saas_user_id: id, error: error === undefined || error === null ? null : String(error) });
  }
  return ids.map((id) => got.get(id) ?? { saas_user_id: id, error: "no result returned for this id" });
}

/** Builds {@link OomnitzaSaasUsersApi} on the raw client. */
export function createSaasUsersApi(ctx: ResourceContext): OomnitzaSaasUsersApi {
  const { raw } = ctx;
  const list = (q: SaasUserListQuery = {}, options?: CallOptions): Paged<SaasUser> => {
    const init = callInit(options);
    return pagedList({
      idOf: saasUserPageId,
      pageSize: q.pageSize ?? ctx.pageSize,
      method: "GET",
      path: "/api/v3/saas_users",
      request: (window) =>
        raw.GET("/api/v3/saas_users", {
          params: {
            query: {
              ...window,
              ...definedOnly({ filter: q.filter, text: q.text, roles: q.roles, sortby: q.sortby }),
            },
          },
          ...init,
        }),
      map: normalizeSaasUser,
    });
  };
  const setStatus = async (
    path: "/api/v3/saas_users/deactivate" | "/api/v3/saas_users/activate",
    ids: string[],
    options?: WriteOptions,
  ): Promise<SaasUserStatusResult[]> => {
    // A tenant shaped like the 2022 export lists no saas_user_id: refuse rather than send `undefined`.
    const bad = ids.findIndex((id) => typeof id !== "string" || id === "");
    if (bad >= 0)
      throw new TypeError(
        `saasUsers.${path.endsWith("deactivate") ? "deactivate" : "activate"}: saas_user_ids[${bad}] is ` +
          `${JSON.stringify(ids[bad]) ?? "undefined"}, not a saas_user_id; this tenant's SaaS users carry no ` +
          "saas_user_id, so they cannot be (de)activated through the API",
      );
    const init = callInit(options, writeHeaders(options));
    const results: SaasUserStatusResult[] = [];
    for (let i = 0; i < ids.length; i += ctx.batchSize) {
      const batch = ids.slice(i, i + ctx.batchSize);
      const { data } = await raw.PATCH(path, { body: { saas_user_ids: batch }, ...init });
      results.push(...completeResults(batch, data));
    }
    return results;
  };
  return {
    list,
    async get(saasUserId, options) {
      // A tenant may ignore the filter: the id is checked on every record, not trusted to the server.
      for await (const user of list({ filter: filter.eq("saas_user_id", saasUserId) }, options))
        if (user.saas_user_id === saasUserId) return user;
      throw new ApiError({
        kind: "not-found",
        service: "oomnitza",
        method: "GET",
        url: "/api/v3/saas_users",
        secrets: ctx.secrets,
        message: `oomnitza GET /api/v3/saas_users: no SaaS user has saas_user_id ${JSON.stringify(saasUserId)}; check the id`,
      });
    },
    deactivate: (ids, options) => setStatus("/api/v3/saas_users/deactivate", ids, options),
    activate: (ids, options) => setStatus("/api/v3/saas_users/activate", ids, options),
  };
}
