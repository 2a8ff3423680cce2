/**
 * Below this, a number is read as unix SECONDS; at or above it, as milliseconds.
 * 1e11 s is the year 5138 and 1e11 ms is 1973-03-03, so real timestamps of either kind are never
 * ambiguous: Lever sends ms (`createdAt`), Oomnitza sends seconds (`last_visit`, `creation_date`).
 */
export const SECONDS_LIMIT = 1e11;

const NUMERIC = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A timestamp in epoch ms from seconds, ms, a numeric string, an ISO 8601 string or a Date; else undefined. */
export function toEpochMs(value: unknown): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    return Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value;
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (NUMERIC.test(text)) return toEpochMs(Number(text));
    if (!ISO_DATE.test(text)) return undefined;
    const ms = Date.parse(text.includes(" ") && !text.includes("T") ? text.replace(" ", "T") : text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** True when the string is an ISO 8601 date or date-time (what Oomnitza accepts for dates). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value.trim());
}
