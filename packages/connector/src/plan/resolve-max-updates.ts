import type { MaxCount } from "../config/config-schema.js";
import { matchedPerson } from "./matched-person.js";
import type { UpdateAction, UpdateSafety, UserAction } from "./plan.js";
import { resolveSafetyLimit } from "./resolve-safety-limit.js";

/** People a plan matched to an Oomnitza record: the base of a percentage `sync.maxUpdates`. */
export function matchedPeople(users: readonly UserAction[]): number {
  let n = 0;
  for (const a of users) if (matchedPerson(a) !== undefined) n++;
  return n;
}

/**
 * The mass-update stop: the same decision as the deactivation stop (`resolveSafetyLimit`), counted
 * in people, armed only after the first run. Over the cap nothing at all is written.
 */
export function resolveMaxUpdates(
  max: MaxCount,
  armed: boolean,
  matched: number,
  users: readonly UserAction[],
): UpdateSafety {
  const updates = users.filter((a): a is UpdateAction => a.action === "update");
  const fields: Record<string, number> = {};
  for (const a of updates) for (const c of a.changes) fields[c.field] = (fields[c.field] ?? 0) + 1;
  const { limit, tripped } = resolveSafetyLimit(max, matched, updates.length);
  return {
    maxUpdates: max,
    limit,
    matched,
    planned: updates.length,
    armed,
    tripped: armed && tripped,
    fields,
  };
}

export type { UpdateSafety } from "./plan.js";
