import { type CallOptions, callInit, type Paged } from "@lever-oomnitza/http";
import { expectBody } from "./expect-body.js";
import { filter } from "./filter.js";
import type { ResourceContext } from "./oomnitza-raw-client.js";
import type { FieldMeta, OomnitzaUser, OomnitzaUserInput, WriteOptions } from "./oomnitza-types.js";
import { definedOnly, pagedList } from "./paged-list.js";
import type { FilterValue } from "./quote-filter-value.js";
import { writeHeaders } from "./write-headers.js";

/** Query of `users.list`. */
export interface UserListQuery {
  /**
   * Filter string built with `f`, on any field of the users data model by its External ID (`user_id`,
   * `username`, `email`, `first_name`, `last_name`, `role`, `position`, `suspended`, `external_id`, custom
   * fields such as `lever_id`; `users.meta()` lists them), e.g. `f.eq("email", "ann@x.io")`.
   */
  filter?: string | undefined;
  /** `<field> asc|desc`. */
  sortby?: string | undefined;
  /** Fields to return (projection). */
  fields?: string[] | undefined;
  /** Page size (defaults to the client's `pageSize`). */
  pageSize?: number | undefined;
}

/** `client.users`: Oomnitza people records. */
export interface OomnitzaUsersApi {
  /** Every matching user (`limit`/`skip` pages; stops on an empty page or at `X-Total-Count`). */
  list(query?: UserListQuery, options?: CallOptions): Paged<OomnitzaUser>;
  /** One user by `user_id`; a missing user throws `ApiError{kind:'not-found'}`. */
  get(ident: string, options?: CallOptions): Promise<OomnitzaUser>;
  /** Creates a user. Never retried after a 5xx or timeout (it may already exist). */
  create(record: OomnitzaUserInput, options?: WriteOptions): Promise<OomnitzaUser>;
  /** Changes only the given fields (PATCH). */
  update(ident: string, patch: OomnitzaUserInput, options?: WriteOptions): Promise<OomnitzaUser>;
  /** Deletes a user. */
  delete(ident: string, options?: WriteOptions): Promise<void>;
  /** The first user whose `field` equals `value` (for a unique field such as `lever_id`); undefined when none. */
  findBy(field: string, value: FilterValue, options?: CallOptions): Promise<OomnitzaUser | undefined>;
  /** Every user whose `field` equals `value`. */
  findAllBy(field: string, value: FilterValue, options?: CallOptions): Paged<OomnitzaUser>;
  /** Field metadata of the users data model (endpoint not officially documented). */
  meta(options?: CallOptions): Promise<FieldMeta[]>;
}

/** Builds {@link OomnitzaUsersApi} on the raw client. */
export function createUsersApi(ctx: ResourceContext): OomnitzaUsersApi {
  const { raw } = ctx;
  const list = (q: UserListQuery = {}, options?: CallOptions): Paged<OomnitzaUser> => {
    const init = callInit(options);
    return pagedList<OomnitzaUser>({
      idOf: (u) => u.user_id,
      pageSize: q.pageSize ?? ctx.pageSize,
      method: "GET",
      path: "/api/v3/users",
      request: (window) =>
        raw.GET("/api/v3/users", {
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
  const ident = (id: string) => ({ path: { ident: id } });
  const findAllBy = (field: string, value: FilterValue, options?: CallOptions) =>
    list({ filter: filter.eq(field, value) }, options);
  return {
    list,
    async get(id, options) {
      const { data, response } = await raw.GET("/api/v3/users/{ident}", {
        params: ident(id),
        ...callInit(options),
      });
      return expectBody(data, response, "GET", "/api/v3/users/{ident}") as OomnitzaUser;
    },
    async create(record, options) {
      const { data, response } = await raw.POST("/api/v3/users", {
        body: record,
        ...callInit(options, writeHeaders(options)),
      });
      return expectBody(data, response, "POST", "/api/v3/users") as OomnitzaUser;
    },
    async update(id, patch, options) {
      const { data, response } = await raw.PATCH("/api/v3/users/{ident}", {
        params: ident(id),
        body: patch,
        ...callInit(options, writeHeaders(options)),
      });
      return expectBody(data, response, "PATCH", "/api/v3/users/{ident}") as OomnitzaUser;
    },
    async delete(id, options) {
      await raw.DELETE("/api/v3/users/{ident}", {
        params: ident(id),
        ...callInit(options, writeHeaders(options)),
      });
    },
    findBy: (field, value, options) => findAllBy(field, value, options).first(),
    findAllBy,
    async meta(options) {
      const { data, response } = await raw.GET("/api/v3/users/meta", callInit(options));
      return expectBody(data, response, "GET", "/api/v3/users/meta") as FieldMeta[];
    },
  };
}
