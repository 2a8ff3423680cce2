import type { MaxDeactivations, SafetyResult } from "../types.js";
import { resolveSafetyLimit } from "./resolve-safety-limit.js";

/** The deactivation safety check against the app's SaaS users. Over the cap, no deactivation is made at all. */
export function resolveMaxDeactivations(
  max: MaxDeactivations,
  appUsers: number,
  planned: number,
): SafetyResult {
  return { maxDeactivations: max, ...resolveSafetyLimit(max, appUsers, planned), appUsers, planned };
}
