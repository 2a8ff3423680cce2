/** Thrown when a paginated listing loops or exceeds its page cap. */
export class PaginationError extends Error {
  /** An unexpected server answer, like an ApiError of this kind (not retried, exit code 5 in the CLI). */
  readonly kind = "invalid-response" as const;
  constructor(message: string) {
    super(message);
    this.name = "PaginationError";
  }
}

/**
 * Yield each page of a cursor-paginated listing (Lever's opaque `offset` token; reference §3.1) until
 * `next` is absent. The same token twice, or more than `maxPages` pages (default 10 000), throws
 * {@link PaginationError} rather than looping forever or silently truncating.
 */
export async function* paginateCursor<T>(o: {
  fetchPage: (token: string | undefined) => Promise<{ items: T[]; next?: string | undefined }>;
  maxPages?: number;
}): AsyncIterable<T[]> {
  const maxPages = o.maxPages ?? 10_000;
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    if (page > maxPages) {
      throw new PaginationError(
        `pagination stopped: more than ${maxPages} pages; raise maxPages if this is expected`,
      );
    }
    const { items, next } = await o.fetchPage(token);
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
