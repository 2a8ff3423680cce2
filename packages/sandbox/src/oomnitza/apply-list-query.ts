import type { SandboxResponse } from "../server/route.js";
import { evaluateFilter } from "./evaluate-filter.js";
import { oomnitzaError } from "./oomnitza-error.js";
import { FilterSyntaxError, filterFields, parseFilter } from "./parse-filter.js";

/** Paging limits of list endpoints. */
export interface ListLimits {
  defaultLimit: number;
  /** Larger `limit` values are silently cut to this (real tenants cap page size without saying so). */
  maxLimit: number;
  /** Send `X-Total-Count` (default true; the 2022 export documents no such header). */
  totalCount?: boolean;
}

/**
 * Applies `filter`, `sortby`, `skip`, `limit` and `fields` to records (see openapi/oomnitza.yaml) and answers a bare
 * array with `X-Total-Count`, or a 400 naming the bad parameter. `known` lists the fields a query may name.
 */
export function applyListQuery(
  records: Record<string, unknown>[],
  q: URLSearchParams,
  known: Set<string>,
  limits: ListLimits,
  keep: string,
  present: (r: Record<string, unknown>) => Record<string, unknown> = (r) => r,
): SandboxResponse {
  const int = (name: string, min: number): number | string | undefined => {
    const raw = q.get(name);
    if (raw === null || raw === "") return undefined;
    const n = Number(raw);
    return Number.isInteger(n) && n >= min ? n : `${name} must be an integer ≥ ${min}, got "${raw}"`;
  };
  const limit = int("limit", 1);
  const skip = int("skip", 0);
  if (typeof limit === "string") return oomnitzaError(400, limit);
  if (typeof skip === "string") return oomnitzaError(400, skip);
  let rows = records;
  const filter = q.get("filter");
  if (filter !== null && filter.trim() !== "") {
    try {
      const node = parseFilter(filter);
      const unknown = filterFields(node).find((f) => !known.has(f));
      if (unknown) return oomnitzaError(400, `filter: unknown field '${unknown}'`);
      rows = rows.filter((r) => evaluateFilter(node, r));
    } catch (error) {
      if (error instanceof FilterSyntaxError) return oomnitzaError(400, error.message);
      throw error;
    }
  }
  const sortby = q.get("sortby");
  if (sortby !== null && sortby.trim() !== "") {
    const [field = "", dir = "asc", ...rest] = sortby.trim().split(/\s+/);
    if (!known.has(field) || !["asc", "desc"].includes(dir.toLowerCase()) || rest.length > 0) {
      return oomnitzaError(400, `sortby must be "<field> asc|desc" with a known field, got "${sortby}"`);
    }
    const sign = dir.toLowerCase() === "desc" ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = a[field] ?? "";
      const y = b[field] ?? "";
      return (x < y ? -1 : x > y ? 1 : 0) * sign;
    });
  }
  const fieldsParam = q.get("fields");
  const fields = fieldsParam
    ? fieldsParam
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean)
    : undefined;
  const unknownField = fields?.find((f) => !known.has(f));
  if (unknownField) return oomnitzaError(400, `fields: unknown field '${unknownField}'`);
  const start = skip ?? 0;
  // Only the page is turned into its API form, so large tenants stay cheap to page through.
  const page = rows
    .slice(start, start + Math.min(limit ?? limits.defaultLimit, limits.maxLimit))
    .map(present);
  const body = fields
    ? page.map((r) =>
        Object.fromEntries([keep, ...fields].filter((f) => r[f] !== undefined).map((f) => [f, r[f]])),
      )
    : page;
  if (limits.totalCount === false) return { status: 200, body };
  return { status: 200, body, headers: { "X-Total-Count": String(rows.length) } };
}
