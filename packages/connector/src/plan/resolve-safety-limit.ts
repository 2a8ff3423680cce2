import type { MaxCount } from "../config/config-schema.js";

/**
 * The one safety-stop decision, shared by the deactivation and the update stop: a cap is a count, or a
 * percentage of `base` rounded down (so "5%" of 10 allows none); more than the cap planned trips it.
 */
export function resolveSafetyLimit(
  max: MaxCount,
  base: number,
  planned: number,
): { limit: number; tripped: boolean } {
  const limit =
    typeof max === "number" ? max : Math.floor((base * Number.parseFloat(max.slice(0, -1))) / 100);
  return { limit, tripped: planned > limit };
}
