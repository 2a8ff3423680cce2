import { isEmpty } from "./is-empty.js";
import { readSource } from "./read-source.js";
import type { Scalar } from "./scalar.js";
import { splitName } from "./split-name.js";
import { toEpochMs } from "./to-epoch-ms.js";
import { TransformFailure } from "./transform-failure.js";
import type { TransformStep } from "./types.js";

/** A compiled transform step: value in, value out; `user` and `syncTimeMs` feed `concat`. */
export type TransformFn = (
  value: Scalar,
  user: Record<string, unknown>,
  syncTimeMs: number | undefined,
) => Scalar;

const MAX_DATE_MS = 8.64e15;

const simple: Record<string, TransformFn> = {
  lowercase: (v) => (typeof v === "string" ? v.toLowerCase() : v),
  trim: (v) => (typeof v === "string" ? v.trim() : v),
  "first-name": (v) => splitName(v).first,
  "last-name": (v) => splitName(v).last,
  "email-local-part": (v) => (typeof v === "string" && v.includes("@") ? v.slice(0, v.lastIndexOf("@")) : v),
  "unix-seconds": (v) => (isEmpty(v) ? null : Math.floor(timestamp(v, "unix-seconds") / 1000)),
  "iso-date": (v) =>
    isEmpty(v) ? null : new Date(timestamp(v, "iso-date")).toISOString().replace(/\.\d{3}Z$/, "Z"),
};

function timestamp(value: Scalar, transform: string): number {
  const ms = toEpochMs(value);
  if (ms === undefined || Math.abs(ms) > MAX_DATE_MS) {
    throw new TransformFailure(
      `${JSON.stringify(value)} is not a timestamp: ${transform} needs epoch ms/seconds or an ISO 8601 date`,
    );
  }
  return ms;
}

/** Name of a step as shown in provenance: `lowercase`, `map`, `default`, `concat`. */
export function stepName(step: TransformStep): string {
  if (typeof step === "string") return step;
  if ("map" in step) return "map";
  if ("concat" in step) return "concat";
  return "default";
}

/** Compiles one validated transform step into a function (tables and part lists are prepared once). */
export function compileTransform(step: TransformStep): TransformFn {
  if (typeof step === "string") return simple[step]!;
  if ("map" in step) return compileLookup(step.map, step);
  if ("concat" in step) {
    const parts = step.concat;
    const separator = step.separator ?? " ";
    return (value, user, syncTimeMs) => {
      const out: string[] = isEmpty(value) ? [] : [String(value)];
      for (const part of parts) {
        const v = typeof part === "string" ? readSource(user, part, syncTimeMs) : part.value;
        if (!isEmpty(v)) out.push(String(v));
      }
      return out.length === 0 ? null : out.join(separator);
    };
  }
  const fallback = step.default;
  return (value) => (isEmpty(value) ? fallback : value);
}

// Exact key first, then case/whitespace-insensitive (Lever roles are lower case, admins type "Super Admin").
function compileLookup(table: Record<string, Scalar>, step: object): TransformFn {
  const exact = new Map(Object.entries(table));
  const loose = new Map(Object.entries(table).map(([k, v]) => [looseKey(k), v]));
  const hasDefault = "default" in step;
  const fallback = (step as { default?: Scalar }).default ?? null;
  return (value) => {
    const key = value === null ? "" : String(value);
    if (exact.has(key)) return exact.get(key)!;
    const looseHit = loose.get(looseKey(key));
    if (looseHit !== undefined) return looseHit;
    return hasDefault ? fallback : value;
  };
}

function looseKey(key: string): string {
  return key.trim().replace(/\s+/g, " ").toLowerCase();
}
