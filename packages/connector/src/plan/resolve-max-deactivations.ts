import type { MaxDeactivations } from "../config/config-schema.js";
import { resolveSafetyLimit } from "./resolve-safety-limit.js";

/** The deactivation safety check against the app's SaaS users. Over the cap, no deactivation is made at all. */
export function resolveMaxDeactivations(
  max: MaxDeactivations,
  appUsers: number,
  planned: number,
): SafetyResult {
  return { maxDeactivations: max, ...resolveSafetyLimit(max, appUsers, planned), appUsers, planned };
}

/** Result of the deactivation safety check. */
export interface SafetyResult {
  maxDeactivations: MaxDeactivations;
  /** The cap as a count (percentages resolved against `appUsers`). */
  limit: number;
  appUsers: number;
  planned: number;
  tripped: boolean;
}
