/**
 * One listing of an API: `for await` over its items, or `.toArray()`, `.first()`, `.pages()`. Nothing is
 * requested until it is read, and every read runs the listing again from its first page.
 */
export interface Paged<T> extends AsyncIterable<T> {
  /** Every item of every page, in order. */
  toArray(): Promise<T[]>;
  /** The first item, or `undefined` when there is none; stops after the page that holds it. */
  first(): Promise<T | undefined>;
  /** The items page by page, as the API sends them. */
  pages(): AsyncIterable<T[]>;
}

/** Builds a {@link Paged} listing from a function that reads its pages (called once per read). */
export function paged<T>(readPages: () => AsyncIterable<T[]>): Paged<T> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const page of readPages()) yield* page;
    },
    async toArray() {
      const all: T[] = [];
      for await (const page of readPages()) for (const item of page) all.push(item);
      return all;
    },
    async first() {
      for await (const page of readPages()) if (page.length > 0) return page[0];
      return undefined;
    },
    pages: readPages,
  };
}
