import { type Comparable, comparable } from "./comparable.js";
import { SECONDS_LIMIT } from "./to-epoch-ms.js";

const DAY_MS = 86_400_000;
// Numbers in [1e8, 1e11) are plausible unix seconds (1973..5138); used only to pair them with ms values.
const MIN_SECONDS = 1e8;

/**
 * True when two Oomnitza field values mean the same thing, so writing one over the other is no change:
 * " Priya  Raman " = "Priya Raman", "A@X.io" = "a@x.io", 25 = "25", 1690384512 (s) = 1690384512345 (ms)
 * = "2023-07-26T15:15:12Z", and a date-only "2023-07-26" equals any instant on that UTC day.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b))) {
    return true;
  }
  return sameComparable(comparable(a), comparable(b));
}

function sameComparable(x: Comparable, y: Comparable): boolean {
  if (x.kind === "empty" || y.kind === "empty") return x.kind === y.kind;
  if (x.kind === "text" || y.kind === "text")
    return x.kind === "text" && y.kind === "text" && x.text === y.text;
  if (x.kind === "bool" || y.kind === "bool") return x.kind === "bool" && y.kind === "bool" && x.b === y.b;
  if (x.kind === "number" && y.kind === "number") return x.n === y.n || sameInstantNumbers(x.n, y.n);
  const xd = asDate(x);
  const yd = asDate(y);
  if (xd === undefined || yd === undefined) return false;
  if (xd.dayOnly || yd.dayOnly) return Math.floor(xd.ms / DAY_MS) === Math.floor(yd.ms / DAY_MS);
  return Math.floor(xd.ms / 1000) === Math.floor(yd.ms / 1000);
}

function sameInstantNumbers(a: number, b: number): boolean {
  const [ms, s] = a >= b ? [a, b] : [b, a];
  return (
    ms >= SECONDS_LIMIT && s >= MIN_SECONDS && s < SECONDS_LIMIT && Math.floor(ms / 1000) === Math.floor(s)
  );
}

function asDate(c: Comparable): { ms: number; dayOnly: boolean } | undefined {
  if (c.kind === "date") return c;
  if (c.kind !== "number" || Math.abs(c.n) < MIN_SECONDS) return undefined;
  return { ms: Math.abs(c.n) < SECONDS_LIMIT ? c.n * 1000 : c.n, dayOnly: false };
}
