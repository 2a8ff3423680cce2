import { PaginationError } from "./paginate-cursor.js";

/**
 * Yield each page of a skip/limit listing (Oomnitza's `skip`/`limit`). Stops on an empty page, once `total`
 * items were seen, or — only when no total is known — on a short page: a server that caps `limit` below
 * the page size we asked for still returns every record while `X-Total-Count` says more remain.
 * More than `maxPages` pages (default 10 000) throws {@link PaginationError}.
 */
export async function* paginateOffset<T>(o: {
  fetchPage: (skip: number, limit: number) => Promise<{ items: T[]; total?: number }>;
  pageSize: number;
  maxPages?: number;
}): AsyncIterable<T[]> {
  if (!(o.pageSize >= 1)) throw new RangeError(`pageSize must be >= 1, got ${o.pageSize}`);
  const maxPages = o.maxPages ?? 10_000;
  let skip = 0;
  for (let page = 1; ; page++) {
    if (page > maxPages) {
      throw new PaginationError(
        `pagination stopped: more than ${maxPages} pages; raise maxPages if this is expected`,
      );
    }
    const { items, total } = await o.fetchPage(skip, o.pageSize);
    if (items.length === 0) return;
    yield items;
    skip += items.length;
    if (total !== undefined ? skip >= total : items.length < o.pageSize) return;
  }
}
