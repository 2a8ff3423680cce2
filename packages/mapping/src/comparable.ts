import { isEmpty } from "./is-empty.js";
import { isIsoDate } from "./to-epoch-ms.js";

/** A value reduced to what matters when comparing Oomnitza field values. */
export type Comparable =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; n: number }
  | { kind: "bool"; b: boolean }
  | { kind: "date"; ms: number; dayOnly: boolean };

const EMPTY: Comparable = { kind: "empty" };
const NUMERIC = /^-?\d+(\.\d+)?$/;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/;
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Normalises a field value: whitespace collapsed, email-like text lower-cased (Oomnitza and Lever treat
 * emails case-insensitively), numeric strings as numbers, "true"/"false" as booleans, ISO dates as instants.
 */
export function comparable(value: unknown): Comparable {
  if (isEmpty(value)) return EMPTY;
  if (typeof value === "number") return { kind: "number", n: value };
  if (typeof value === "boolean") return { kind: "bool", b: value };
  if (typeof value !== "string") return { kind: "text", text: stableText(value) };
  const text = value.trim().replace(/\s+/g, " ");
  if (NUMERIC.test(text)) return { kind: "number", n: Number(text) };
  if (text === "true" || text === "false") return { kind: "bool", b: text === "true" };
  if (isIsoDate(text)) {
    const ms = Date.parse(DAY_ONLY.test(text) ? text : text.replace(" ", "T"));
    if (!Number.isNaN(ms)) return { kind: "date", ms, dayOnly: DAY_ONLY.test(text) };
  }
  return { kind: "text", text: EMAIL_LIKE.test(text) ? text.toLowerCase() : text };
}

function stableText(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
