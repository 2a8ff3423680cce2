import { type FilterValue, quoteFilterValue } from "./quote-filter-value.js";

// Field names are the data model's "External ID" (letters, digits, `_`; we also allow `.` for nested
// names). Anything else is refused so a field can never smuggle an operator into the expression.
const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function field(name: string): string {
  if (typeof name !== "string" || !FIELD.test(name)) {
    throw new TypeError(
      `filter field ${JSON.stringify(name)} is not a valid Oomnitza field name: use the field's External ID (letters, digits, "_")`,
    );
  }
  return name;
}

/** True when `expr` has an AND/OR outside quotes and brackets, i.e. needs parentheses inside another. */
function isCompound(expr: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quoted) {
      // A doubled quote is an escaped quote, not the end of the string.
      if (c === "'" && expr[i + 1] === "'") i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && (expr.startsWith(" AND ", i) || expr.startsWith(" OR ", i))) return true;
  }
  return false;
}

function combine(joiner: "AND" | "OR", parts: string[]): string {
  if (parts.length === 0) throw new TypeError(`f.${joiner.toLowerCase()}() needs at least one condition`);
  if (parts.length === 1) return parts[0]!;
  return parts.map((p) => (isCompound(p) ? `(${p})` : p)).join(` ${joiner} `);
}

/**
 * Builds Oomnitza's SQL-like `filter` strings with safe quoting: `f.and(f.eq("email", "o'brien@x.io"),
 * f.isNull("lever_id"))` → `email eq 'o''brien@x.io' AND lever_id IS NULL`.
 * @see https://oomnitza.zendesk.com/hc/en-us/articles/6515498409879 (Filtering data using the REST API)
 */
export const filter = {
  /** `field eq value` */
  eq: (name: string, value: FilterValue): string => `${field(name)} eq ${quoteFilterValue(value)}`,
  /** `field ne value` */
  ne: (name: string, value: FilterValue): string => `${field(name)} ne ${quoteFilterValue(value)}`,
  /** `field IN [v1, v2]`; an empty list is refused (it would match nothing, or everything, per server). */
  in: (name: string, values: readonly FilterValue[]): string => {
    if (values.length === 0) throw new TypeError(`f.in("${name}", []) needs at least one value`);
    return `${field(name)} IN [${values.map(quoteFilterValue).join(", ")}]`;
  },
  /** `field IS NULL` */
  isNull: (name: string): string => `${field(name)} IS NULL`,
  /** `field LIKE 'pattern'`; `%` in `pattern` is the wildcard. */
  like: (name: string, pattern: string): string => `${field(name)} LIKE ${quoteFilterValue(String(pattern))}`,
  /** All conditions; compound parts are parenthesised. */
  and: (...parts: string[]): string => combine("AND", parts),
  /** Any condition; compound parts are parenthesised. */
  or: (...parts: string[]): string => combine("OR", parts),
} as const;

/** Short alias of {@link filter}. */
export const f = filter;
