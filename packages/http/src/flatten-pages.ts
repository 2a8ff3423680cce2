/** Yields the items of an async iterable of pages, one by one. */
export async function* flattenPages<T>(pages: AsyncIterable<T[]>): AsyncIterable<T> {
  for await (const page of pages) yield* page;
}
