import type { LeverUserData } from "../plan/plan-data.js";

/** Lever users indexed by id and by lower-cased email (several users may share an email's case variants). */
export interface LeverUserIndex {
  byId: Map<string, LeverUserData>;
  byEmail: Map<string, LeverUserData[]>;
}

/** Indexes one full Lever listing (including deactivated users) for lookups by id and email. */
export function indexLeverUsers(users: Iterable<LeverUserData>): LeverUserIndex {
  const byId = new Map<string, LeverUserData>();
  const byEmail = new Map<string, LeverUserData[]>();
  for (const user of users) {
    byId.set(user.id, user);
    if (typeof user.email !== "string") continue;
    const key = user.email.trim().toLowerCase();
    const list = byEmail.get(key);
    if (list) list.push(user);
    else byEmail.set(key, [user]);
  }
  return { byId, byEmail };
}
