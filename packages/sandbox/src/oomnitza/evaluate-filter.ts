import type { FilterNode, FilterValue } from "./parse-filter.js";

function compare(a: unknown, b: FilterValue): number | null {
  if (a === null || a === undefined || b === null) return null;
  const na = typeof a === "number" ? a : typeof a === "string" && a.trim() !== "" ? Number(a) : Number.NaN;
  const nb = typeof b === "number" ? b : typeof b === "string" && b.trim() !== "" ? Number(b) : Number.NaN;
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  if (typeof a === "boolean" || typeof b === "boolean") return String(a) === String(b) ? 0 : 1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function likeToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  // LIKE is matched case-insensitively (as Oomnitza's search does); eq stays exact.
  return new RegExp(`^${body}$`, "is");
}

/** True when `record` satisfies the parsed filter. `eq` is exact; `LIKE` ignores case; numbers compare numerically. */
export function evaluateFilter(node: FilterNode, record: Record<string, unknown>): boolean {
  switch (node.type) {
    case "and":
      return node.items.every((n) => evaluateFilter(n, record));
    case "or":
      return node.items.some((n) => evaluateFilter(n, record));
    case "null": {
      const v = record[node.field];
      const isNull = v === null || v === undefined || v === "";
      return node.negated ? !isNull : isNull;
    }
    case "in": {
      const hit = node.values.some((v) => compare(record[node.field], v) === 0);
      return node.negated ? !hit && record[node.field] != null : hit;
    }
    case "like": {
      const v = record[node.field];
      const hit = v !== null && v !== undefined && likeToRegExp(node.pattern).test(String(v));
      return node.negated ? !hit && v != null : hit;
    }
    case "between": {
      const lo = compare(record[node.field], node.low);
      const hi = compare(record[node.field], node.high);
      return lo !== null && hi !== null && lo >= 0 && hi <= 0;
    }
    case "cmp": {
      const c = compare(record[node.field], node.value);
      if (node.value === null)
        return node.op === "eq" ? record[node.field] == null : record[node.field] != null;
      if (c === null) return node.op === "ne";
      return { eq: c === 0, ne: c !== 0, lt: c < 0, lte: c <= 0, gt: c > 0, gte: c >= 0 }[node.op];
    }
  }
}
