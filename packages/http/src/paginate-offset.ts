import { PaginationError } from "./paginate-cursor.js";

/**
 * Yield each page of a skip/limit listing (Oomnitza's `skip`/`limit`). Stops on a short or empty page or
 * once `total` items were seen; more than `maxPages` pages (default 10 000) throws {@link PaginationError}.
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
    if (items.length > 0) yield items;
    skip += items.length;
    if (items.length < o.pageSize) return;
    if (total !== undefined && skip >= total) return;
  }
}
