import { type Paged, paged, paginateOffset } from "@lever-oomnitza/http";
import { expectBody } from "./expect-body.js";
import { totalCount } from "./total-count.js";

/** The `limit`/`skip` pair Oomnitza list endpoints take. */
export interface PageWindow {
  limit: number;
  skip: number;
}

/**
 * One Oomnitza list endpoint as a {@link Paged} listing: asks `request` for each `limit`/`skip` window,
 * reads `X-Total-Count`, and refuses a page that is not a body. Every list helper of this client goes
 * through here.
 */
export function pagedList<Row, T = Row>(o: {
  pageSize: number;
  method: string;
  path: string;
  request: (window: PageWindow) => Promise<{ data?: Row[] | undefined; response: Response }>;
  map?: (row: Row) => T;
  /** The record's id, to recognise a server that answers the same page again. */
  idOf: (item: T) => unknown;
}): Paged<T> {
  return paged(() =>
    paginateOffset<T>({
      pageSize: o.pageSize,
      idOf: o.idOf,
      label: `${o.method} ${o.path}`,
      fetchPage: async (skip, limit) => {
        const { data, response } = await o.request({ limit, skip });
        const rows = expectBody(data, response, o.method, o.path);
        const items = o.map ? rows.map(o.map) : (rows as unknown as T[]);
        const total = totalCount(response.headers);
        return total === undefined ? { items } : { items, total };
      },
    }),
  );
}

/** Copies the defined entries only: openapi-fetch would send `undefined` query values as the text "undefined". */
export function definedOnly<T extends Record<string, unknown>>(query: T): Partial<T> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Partial<T>;
}
