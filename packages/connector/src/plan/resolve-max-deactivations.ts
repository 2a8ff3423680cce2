import type { MaxDeactivations, SafetyResult } from "../types.js";

/**
 * The deactivation safety check: a count, or a percentage of the app's SaaS users (rounded down, so
 * "5%" of 10 users allows none). Over the cap, no deactivation is made at all.
 */
export function resolveMaxDeactivations(
  max: MaxDeactivations,
  appUsers: number,
  planned: number,
): SafetyResult {
  const limit =
    typeof max === "number" ? max : Math.floor((appUsers * Number.parseFloat(max.slice(0, -1))) / 100);
  return { maxDeactivations: max, limit, appUsers, planned, tripped: planned > limit };
}
