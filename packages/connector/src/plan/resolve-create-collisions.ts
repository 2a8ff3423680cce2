import type { Candidate } from "./match-lever-user.js";

/**
 * Two unmatched Lever users that would create records with the same unique value (a sync key,
 * username or email) would collide; both become conflicts instead of a create that fails halfway.
 */
export function resolveCreateCollisions(
  candidates: Candidate[],
  uniqueFields: readonly string[],
  normalize: (v: unknown) => string | null,
): void {
  const byValue = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.target || c.conflict) continue;
    for (const field of uniqueFields) {
      const key = normalize(c.record[field]);
      if (key === null) continue;
      const slot = `${field}\u0000${key}`;
      const list = byValue.get(slot);
      if (list) list.push(c);
      else byValue.set(slot, [c]);
    }
  }
  for (const [slot, group] of byValue) {
    if (group.length < 2) continue;
    const field = slot.split("\u0000")[0];
    for (const c of group) {
      if (c.conflict) continue;
      const others = group
        .filter((o) => o !== c)
        .map((o) => o.lever.id)
        .sort();
      c.conflict = {
        message: `Lever users ${[c.lever.id, ...others].join(", ")} would create Oomnitza records with the same ${field} "${String(c.record[field ?? ""])}"; fix the duplicate in Lever.`,
        oomnitzaIds: [],
        otherLeverIds: others,
      };
    }
  }
}
