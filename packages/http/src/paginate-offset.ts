import { listingBudget, PaginationError } from "./paginate-cursor.js";

/**
 * Yield each page of a skip/limit listing (Oomnitza's `skip`/`limit`). With a `total` (`X-Total-Count`) it
 * stops once that many items were seen; without one it stops only on an empty page, so a short page is
 * always followed by one more request: a server that silently caps `limit` below the page size we asked
 * for, and sends no total, would otherwise look finished after its first page. Stops on an empty page in
 * any case. A page whose ids (`idOf`) are exactly the previous page's throws {@link PaginationError}: the
 * server ignores `skip`, and paging on would only yield duplicates. More than `maxPages` pages (default
 * 10 000) or more than `maxItems` items (default 1 000 000) throws too.
 */
export async function* paginateOffset<T>(o: {
  fetchPage: (skip: number, limit: number) => Promise<{ items: T[]; total?: number }>;
  pageSize: number;
  maxPages?: number;
  maxItems?: number;
  /** The record id used to recognise a repeated page (default: the whole record as JSON). */
  idOf?: (item: T) => unknown;
  /** Names the listing in errors, e.g. `GET /api/v3/saas_users`. */
  label?: string;
}): AsyncIterable<T[]> {
  if (!(o.pageSize >= 1)) throw new RangeError(`pageSize must be >= 1, got ${o.pageSize}`);
  const budget = listingBudget(o);
  const idOf = o.idOf ?? ((item: T) => JSON.stringify(item));
  const label = o.label ?? "listing";
  let skip = 0;
  let previous: string | undefined;
  for (let page = 1; ; page++) {
    budget.beforePage(page);
    const { items, total } = await o.fetchPage(skip, o.pageSize);
    if (items.length === 0) return;
    const ids = JSON.stringify(items.map((item) => String(idOf(item))).sort());
    if (ids === previous) {
      throw new PaginationError(
        `${label}: the page at skip=${skip} holds exactly the records of the page before it, so the server ` +
          `ignores skip/limit; the listing was stopped instead of reading duplicates`,
      );
    }
    previous = ids;
    budget.afterPage(items.length);
    yield items;
    skip += items.length;
    if (total !== undefined && skip >= total) return;
  }
}
