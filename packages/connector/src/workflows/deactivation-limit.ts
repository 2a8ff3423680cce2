/** A deactivation threshold: a count (`10`) or a percentage of the app's SaaS users (`"5%"`). */
export type MaxDeactivations = number | `${number}%`;

/**
 * The most deactivations one run may make: a count as is, a percentage of `total` rounded down.
 * A Lever outage that returns few users must never wipe the SaaS list, so over it nothing is done.
 */
export function deactivationLimit(max: MaxDeactivations, total: number): number {
  if (typeof max === "number") return max;
  const percent = Number.parseFloat(max.slice(0, -1));
  return Math.floor((percent * total) / 100);
}
