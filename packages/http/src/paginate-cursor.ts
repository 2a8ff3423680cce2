import { brandClass } from "./brand-class.js";

/** Most items one listing may yield by default: far above any real tenant, low enough to bound memory. */
export const DEFAULT_MAX_ITEMS = 1_000_000;

/**
 * Thrown when a paginated listing loops, repeats a page or passes its page or item cap. Its `kind` is
 * `invalid-response`, like an `ApiError` for any other answer that breaks the API's contract.
 */
export class PaginationError extends Error {
  /** An unexpected server answer, like an ApiError of this kind (not retried, exit code 5 in the CLI). */
  readonly kind = "invalid-response" as const;
  constructor(message: string) {
    super(message);
    this.name = "PaginationError";
  }
}

brandClass(PaginationError, "PaginationError");

/** Counts pages and items of one listing and throws {@link PaginationError} past either cap. */
export function listingBudget(o: { maxPages?: number | undefined; maxItems?: number | undefined }) {
  const maxPages = o.maxPages ?? 10_000;
  const maxItems = o.maxItems ?? DEFAULT_MAX_ITEMS;
  let items = 0;
  return {
    beforePage(page: number): void {
      if (page > maxPages)
        throw new PaginationError(
          `pagination stopped: more than ${maxPages} pages; raise maxPages if this is expected`,
        );
    },
    afterPage(count: number): void {
      items += count;
      if (items > maxItems)
        throw new PaginationError(
          `pagination stopped: more than ${maxItems} items in one listing (the server keeps sending pages); raise maxItems if this is expected`,
        );
    },
  };
}

/**
 * Yield each page of a cursor-paginated listing (Lever's opaque `offset` token; https://hire.lever.co/developer/documentation#pagination) until
 * `next` is absent. The same token twice, more than `maxPages` pages (default 10 000) or more than
 * `maxItems` items (default 1 000 000) throws {@link PaginationError} rather than looping forever,
 * growing without bound or silently truncating.
 */
export async function* paginateCursor<T>(o: {
  fetchPage: (token: string | undefined) => Promise<{ items: T[]; next?: string | undefined }>;
  maxPages?: number;
  maxItems?: number;
}): AsyncIterable<T[]> {
  const budget = listingBudget(o);
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    budget.beforePage(page);
    const { items, next } = await o.fetchPage(token);
    budget.afterPage(items.length);
    yield items;
    if (next === undefined || next === "") return;
    if (seen.has(next)) {
      throw new PaginationError(
        `pagination loop: the server returned the same page token twice after page ${page}`,
      );
    }
    seen.add(next);
    token = next;
  }
}
