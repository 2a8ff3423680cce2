import type { SafetyResult } from "./resolve-max-deactivations.js";

/**
 * Whether a deactivation safety threshold stops every deactivation: the one answer the plan summary, the
 * apply step, the run report (sync and workflow) and the sync prompt share. A saved plan is held to its
 * limit again, whatever its `tripped` says, counting the deactivations it really lists when given.
 */
export function safetyTripped(
  safety: Pick<SafetyResult, "tripped" | "planned" | "limit">,
  deactivations: number = safety.planned,
): boolean {
  return safety.tripped || safety.planned > safety.limit || deactivations > safety.limit;
}
