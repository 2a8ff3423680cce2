import { type Comparable, comparable } from "./comparable.js";

/**
 * The index key of a sync-key value, or null when empty: use it on both sides when matching Lever users
 * to Oomnitza records, so "Priya.Raman@Acme.io" finds "priya.raman@acme.io" and 42 finds "42".
 */
export function normalizeKey(value: unknown): string | null {
  return keyOf(comparable(value));
}

function keyOf(c: Comparable): string | null {
  switch (c.kind) {
    case "empty":
      return null;
    case "text":
      return c.text;
    case "number":
      return String(c.n);
    case "bool":
      return String(c.b);
    case "date":
      return String(Math.floor(c.ms / 1000));
  }
}
