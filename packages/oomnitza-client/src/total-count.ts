/** Reads Oomnitza's `X-Total-Count` header; undefined when absent or not a count. */
export function totalCount(headers: Headers): number | undefined {
  const raw = headers.get("x-total-count");
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
}
