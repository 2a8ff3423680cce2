import type { Candidate } from "./match-lever-user.js";

/** A matched Lever user's claim on the Oomnitza record its sync key found. */
export interface Claim {
  lever: Candidate["lever"];
  /** The record's `user_id`. */
  userId: string;
  /** The rank of the sync key that matched (0 is the first key). */
  rank: number;
  /** The sync key that matched. */
  field: string;
  conflict?: Candidate["conflict"];
}

/**
 * When several Lever users match one Oomnitza record (e.g. emails differing only in case), the one
 * matched by a strictly higher-ranked key keeps it; otherwise every claimant becomes a conflict. Claims
 * are grouped by sorting (stable: claimants keep their order) rather than in a map of lists, which at
 * 100,000 users would cost a list per record.
 */
export function resolveClaims(claims: readonly Claim[]): void {
  const byRecord = [...claims].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  for (let start = 0; start < byRecord.length; ) {
    let end = start + 1;
    while (end < byRecord.length && byRecord[end]?.userId === byRecord[start]?.userId) end++;
    if (end - start > 1) conflictAll(byRecord.slice(start, end));
    start = end;
  }
}

function conflictAll(claimants: Claim[]): void {
  const id = claimants[0]?.userId as string;
  const best = Math.min(...claimants.map((c) => c.rank));
  const winners = claimants.filter((c) => c.rank === best);
  for (const c of claimants) {
    if (winners.length === 1 && c === winners[0]) continue;
    const others = claimants.filter((o) => o !== c).map((o) => o.lever.id);
    c.conflict = {
      message:
        `Lever users ${[c.lever.id, ...others].join(", ")} all match Oomnitza record ${id} by ${c.field}` +
        " (e.g. emails differing only in case); deactivate or fix the duplicate in Lever.",
      oomnitzaIds: [id],
      otherLeverIds: others.sort(),
    };
  }
}
