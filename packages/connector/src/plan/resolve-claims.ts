import type { Candidate } from "./match-lever-user.js";

/**
 * When several Lever users match one Oomnitza record (e.g. emails differing only in case), the one
 * matched by a strictly higher-ranked key keeps it; otherwise every claimant becomes a conflict.
 */
export function resolveClaims(candidates: Candidate[]): void {
  const byRecord = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.target || c.conflict) continue;
    const id = c.target.record.user_id;
    const list = byRecord.get(id);
    if (list) list.push(c);
    else byRecord.set(id, [c]);
  }
  for (const [id, claimants] of byRecord) {
    if (claimants.length < 2) continue;
    const best = Math.min(...claimants.map((c) => c.target?.rank ?? Number.POSITIVE_INFINITY));
    const winners = claimants.filter((c) => c.target?.rank === best);
    for (const c of claimants) {
      if (winners.length === 1 && c === winners[0]) continue;
      const others = claimants.filter((o) => o !== c).map((o) => o.lever.id);
      const field = c.target?.field ?? "a sync key";
      c.conflict = {
        message:
          `Lever users ${[c.lever.id, ...others].join(", ")} all match Oomnitza record ${id} by ${field}` +
          " (e.g. emails differing only in case); deactivate or fix the duplicate in Lever.",
        oomnitzaIds: [id],
        otherLeverIds: others.sort(),
      };
    }
  }
}
