import { type MatchSeatsInput, matchSeats } from "./match-seats.js";
import type { SaasPlan } from "./plan.js";

type DeactivateItem = SaasPlan["deactivate"][number];

/**
 * Active SaaS users whose Lever user is deactivated, or who match no Lever user at all by Lever id,
 * by person or by email. A Lever user merely filtered out of the sync is not "gone".
 */
export function planDeactivations(input: MatchSeatsInput): DeactivateItem[] {
  const leverOf = matchSeats(input);
  const out: DeactivateItem[] = [];
  for (const su of input.saasUsers) {
    if (su.status !== "active") continue;
    const lever = leverOf(su);
    const saasUserId = su.saas_user_id as string; // planSaas plans deactivations only when every SaaS user has one (saasUserSupport)
    if (!lever) {
      out.push({ saasUserId, userId: su.user_id, reason: "lever-missing" });
    } else if (lever.deactivatedAt !== null) {
      out.push({
        saasUserId,
        userId: su.user_id,
        leverId: lever.id,
        reason: "lever-deactivated",
      });
    }
  }
  return out.sort((a, b) => (a.saasUserId < b.saasUserId ? -1 : 1));
}
