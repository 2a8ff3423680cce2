import { normalizeKey } from "@lever-oomnitza/mapping";
import type { UserAction } from "./plan.js";
import type { LeverUserData, SaasUserData } from "./plan-data.js";

/** What `matchSeats` reads: the app's SaaS users, every Lever user and the planned user actions. */
export interface MatchSeatsInput {
  saasUsers: readonly SaasUserData[];
  leverUsers: readonly LeverUserData[];
  userActions: readonly UserAction[];
}

/**
 * The Lever user behind each SaaS user (keyed by the SaaS user itself, as tenants shaped like the 2022
 * export have no `saas_user_id`): by the stored Lever id, then by the person the plan matched, then by
 * email; `undefined` when Lever has no such user ("gone").
 */
export function matchSeats(input: MatchSeatsInput): Map<SaasUserData, LeverUserData | undefined> {
  const leverById = new Map(input.leverUsers.map((l) => [l.id, l]));
  const leverIdOfPerson = new Map<string, string>();
  for (const a of input.userActions)
    if ((a.action === "update" || a.action === "unchanged" || a.action === "skip") && a.oomnitzaId)
      leverIdOfPerson.set(a.oomnitzaId, a.leverId);
  const leverByEmail = new Map<string, LeverUserData>();
  for (const l of input.leverUsers) {
    const key = normalizeKey(l.email);
    if (key !== null && !leverByEmail.has(key)) leverByEmail.set(key, l);
  }
  const out = new Map<SaasUserData, LeverUserData | undefined>();
  for (const su of input.saasUsers) {
    const byExternal = su.user_external_id ? leverById.get(su.user_external_id) : undefined;
    const byPerson = leverById.get(leverIdOfPerson.get(su.user_id) ?? "");
    const emailKey = normalizeKey(su.email);
    out.set(su, byExternal ?? byPerson ?? (emailKey === null ? undefined : leverByEmail.get(emailKey)));
  }
  return out;
}
