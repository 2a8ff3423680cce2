/** Collects every page of a paged listing into one array (one full read, never one request per record). */
export async function readAllPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
