import { SYNC_TIME } from "./lever-fields.js";
import type { Scalar } from "./scalar.js";
import { TransformFailure } from "./transform-failure.js";

/** Reads one source field from a Lever user as a Scalar (`$syncTime` is the run's time in epoch ms). */
export function readSource(
  user: Record<string, unknown>,
  field: string,
  syncTimeMs: number | undefined,
): Scalar {
  if (field === SYNC_TIME) {
    if (syncTimeMs === undefined) {
      throw new TransformFailure("syncTime is missing: pass { syncTime: Date.now() } to mapUser");
    }
    return syncTimeMs;
  }
  return toScalar(user[field], field);
}

/** Coerces a raw Lever value to a Scalar; objects and arrays are refused with a reason naming the field. */
export function toScalar(value: unknown, field: string): Scalar {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "undefined":
      return null;
    case "bigint":
      return value.toString();
    default:
      if (value === null) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
      throw new TransformFailure(
        `${field} has an unsupported value (${Array.isArray(value) ? "array" : typeof value}): expected text, a number or true/false`,
      );
  }
}
