import type { WorkflowLeverUser } from "./workflow-records.js";

/** Lever users indexed by id and by lower-cased email (several users may share an email's case variants). */
export interface LeverUserIndex {
  byId: Map<string, WorkflowLeverUser>;
  byEmail: Map<string, WorkflowLeverUser[]>;
}

/** Indexes one full Lever listing (including deactivated users) for lookups by id and email. */
export function indexLeverUsers(users: Iterable<WorkflowLeverUser>): LeverUserIndex {
  const byId = new Map<string, WorkflowLeverUser>();
  const byEmail = new Map<string, WorkflowLeverUser[]>();
  for (const user of users) {
    byId.set(user.id, user);
    const key = user.email.trim().toLowerCase();
    const list = byEmail.get(key);
    if (list) list.push(user);
    else byEmail.set(key, [user]);
  }
  return { byId, byEmail };
}
