/** A value Oomnitza's filter language can compare with. */
export type FilterValue = string | number | boolean;

/**
 * Renders one filter literal: strings in single quotes with `'` doubled (SQL style), finite numbers
 * and booleans bare. URL encoding is the transport's job (openapi-fetch encodes query values).
 * @see https://oomnitza.zendesk.com/hc/en-us/articles/6515498409879 (Filtering data using the REST API)
 */
export function quoteFilterValue(value: FilterValue): string {
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new TypeError(`filter value ${value} is not a finite number: pass a finite number or a string`);
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  throw new TypeError(
    `filter value of type ${value === null ? "null" : typeof value} is not supported: use a string, number or boolean (or f.isNull for null)`,
  );
}
