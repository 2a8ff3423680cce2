import { deactivationLimit, type MaxDeactivations } from "./deactivation-limit.js";

/** The safety threshold as the plan records it. */
export interface ThresholdCheck {
  max: MaxDeactivations;
  /** `max` resolved against the app's SaaS-user count. */
  limit: number;
  /** Deactivations the plan would make. */
  count: number;
  /** Over the limit: the run makes no deactivation and exits 4. */
  tripped: boolean;
}

/** Checks `count` deactivations against `max` (a count or a percentage of `total` SaaS users). */
export function thresholdCheck(max: MaxDeactivations, count: number, total: number): ThresholdCheck {
  const limit = deactivationLimit(max, total);
  return { max, limit, count, tripped: count > limit };
}
