import { collectPages, flattenPages } from "@lever-oomnitza/http";
import { expectBody } from "./expect-body.js";
import { filter } from "./filter.js";
import type { ResourceContext } from "./oomnitza-raw-client.js";
import type { FieldMeta, OomnitzaUser, OomnitzaUserInput, WriteOptions } from "./oomnitza-types.js";
import { definedOnly, pagedList } from "./paged-list.js";
import { writeHeaders } from "./write-headers.js";

/** Query of `users.list` / `users.listPages`. */
export interface UserListQuery {
  /** Filter string, best built with `f` (e.g. `f.eq("email", "ann@x.io")`). */
  filter?: string;
  /** `<field> asc|desc`. */
  sortby?: string;
  /** Fields to return (projection). */
  fields?: string[];
  /** Page size (defaults to the client's `pageSize`). */
  pageSize?: number;
}

/** `client.users`: Oomnitza people records. */
export interface UsersApi {
  /** Every matching user, page by page (`limit`/`skip`, stops on a short page or at `X-Total-Count`). */
  listPages(query?: UserListQuery): AsyncIterable<OomnitzaUser[]>;
  /** Every matching user, one by one. */
  list(query?: UserListQuery): AsyncIterable<OomnitzaUser>;
  /** One user by `user_id`; a missing user throws `ApiError{kind:'not-found'}`. */
  get(ident: string): Promise<OomnitzaUser>;
  /** Creates a user. Never retried after a 5xx or timeout (it may already exist). */
  create(record: OomnitzaUserInput, options?: WriteOptions): Promise<OomnitzaUser>;
  /** Changes only the given fields (PATCH). */
  update(ident: string, patch: OomnitzaUserInput, options?: WriteOptions): Promise<OomnitzaUser>;
  /** Deletes a user. */
  delete(ident: string, options?: WriteOptions): Promise<void>;
  /** All users whose `field` equals `value` (e.g. a unique `lever_id` or `email`). */
  findBy(field: string, value: string | number | boolean): Promise<OomnitzaUser[]>;
  /** Field metadata of the users data model (endpoint not officially documented). */
  meta(): Promise<FieldMeta[]>;
}

/** Builds {@link UsersApi} on the raw client. */
export function createUsersApi(ctx: ResourceContext): UsersApi {
  const { raw } = ctx;
  const listPages = (q: UserListQuery = {}): AsyncIterable<OomnitzaUser[]> =>
    pagedList<OomnitzaUser>({
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
        }),
    });
  const ident = (id: string) => ({ path: { ident: id } });
  return {
    listPages,
    list: (q) => flattenPages(listPages(q)),
    async get(id) {
      const { data, response } = await raw.GET("/api/v3/users/{ident}", { params: ident(id) });
      return expectBody(data, response, "GET", "/api/v3/users/{ident}") as OomnitzaUser;
    },
    async create(record, options) {
      const { data, response } = await raw.POST("/api/v3/users", {
        body: record,
        headers: writeHeaders(options),
      });
      return expectBody(data, response, "POST", "/api/v3/users") as OomnitzaUser;
    },
    async update(id, patch, options) {
      const { data, response } = await raw.PATCH("/api/v3/users/{ident}", {
        params: ident(id),
        body: patch,
        headers: writeHeaders(options),
      });
      return expectBody(data, response, "PATCH", "/api/v3/users/{ident}") as OomnitzaUser;
    },
    async delete(id, options) {
      await raw.DELETE("/api/v3/users/{ident}", { params: ident(id), headers: writeHeaders(options) });
    },
    findBy: (field, value) => collectPages(listPages({ filter: filter.eq(field, value) })),
    async meta() {
      const { data, response } = await raw.GET("/api/v3/users/meta");
      return expectBody(data, response, "GET", "/api/v3/users/meta") as FieldMeta[];
    },
  };
}
