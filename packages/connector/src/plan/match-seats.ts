import { normalizeKey } from "@lever-oomnitza/mapping";
import { matchedPerson } from "./matched-person.js";
import type { UserAction } from "./plan.js";
import type { LeverUserData, SaasUserData } from "./plan-data.js";

/** What `matchSeats` reads: the app's SaaS users, every Lever user and the planned user actions. */
export interface MatchSeatsInput {
  saasUsers: readonly SaasUserData[];
  leverUsers: readonly LeverUserData[];
  userActions: readonly UserAction[];
  /** `leverUsers` by id, when the caller has built it already. */
  leverById?: ReadonlyMap<string, LeverUserData> | undefined;
}

/**
 * The Lever user behind a SaaS user: by the stored Lever id, then by the person the plan matched, then by
 * email; `undefined` when Lever has no such user ("gone"). Answered per SaaS user from three indexes, so
 * tenants shaped like the 2022 export (no `saas_user_id`) need no key of their own.
 */
export function matchSeats(input: MatchSeatsInput): (su: SaasUserData) => LeverUserData | undefined {
  const leverById = input.leverById ?? new Map(input.leverUsers.map((l) => [l.id, l]));
  const leverIdOfPerson = new Map<string, string>();
  for (const a of input.userActions) {
    const person = matchedPerson(a);
    if (person !== undefined) leverIdOfPerson.set(person, a.leverId);
  }
  const leverByEmail = new Map<string, LeverUserData>();
  for (const l of input.leverUsers) {
    const key = normalizeKey(l.email);
    if (key !== null && !leverByEmail.has(key)) leverByEmail.set(key, l);
  }
  return (su) => {
    const byExternal = su.user_external_id ? leverById.get(su.user_external_id) : undefined;
    if (byExternal) return byExternal;
    const byPerson = leverById.get(leverIdOfPerson.get(su.user_id) ?? "");
    if (byPerson) return byPerson;
    const emailKey = normalizeKey(su.email);
    return emailKey === null ? undefined : leverByEmail.get(emailKey);
  };
}
