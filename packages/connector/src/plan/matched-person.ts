import type { UserAction } from "./plan.js";

/**
 * The Oomnitza person a user action matched (an update, an unchanged person, or a skip that found one);
 * undefined when it matched none (a create, a filtered or unmappable user, a conflict).
 */
export function matchedPerson(a: UserAction): string | undefined {
  if (a.action === "update" || a.action === "unchanged" || a.action === "skip")
    return a.oomnitzaId || undefined;
  return undefined;
}
