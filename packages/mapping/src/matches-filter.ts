import type { LeverUser } from "./lever-user.js";
import { matchesRule } from "./matches-rule.js";
import type { Filter } from "./types.js";

/** Whether a Lever user passes a mapping's `filter` (no filter: every user). Same semantics as `matchesRule`. */
export function matchesFilter(
  leverUser: LeverUser | unknown,
  filter: Filter | undefined,
  now?: number | Date,
): boolean {
  if (filter === undefined || filter === null) return true;
  return matchesRule(leverUser, filter, now);
}
