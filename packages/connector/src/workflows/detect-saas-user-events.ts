import type { WorkflowSaasUser } from "./read-workflow-inputs.js";
import type { WorkflowSnapshot } from "./workflow-snapshot.js";
import type { WorkflowTrigger } from "./workflows-config-schema.js";

/** Which SaaS users a trigger hands to the rule in this run. */
export interface TriggeredUsers {
  /** `all` for schedule/after-sync; `events` for the record-event triggers. */
  mode: "all" | "events";
  /** True on an event trigger's first run: no snapshot yet, so this run only records a baseline. */
  baseline: boolean;
  /** The SaaS users the rule is evaluated on. */
  users: WorkflowSaasUser[];
}

/**
 * Applies the trigger: schedule and after-sync see every SaaS user; `saas-user-assigned` sees those
 * absent from the previous snapshot; `saas-user-deactivated` those deactivated now but not then.
 * Each event therefore fires once. With no previous snapshot nothing fires: pre-existing records are
 * not "new", the run records a baseline.
 */
export function detectSaasUserEvents(
  trigger: WorkflowTrigger,
  saasUsers: readonly WorkflowSaasUser[],
  previous: WorkflowSnapshot | undefined,
): TriggeredUsers {
  if (trigger !== "saas-user-assigned" && trigger !== "saas-user-deactivated") {
    return { mode: "all", baseline: false, users: [...saasUsers] };
  }
  if (!previous) return { mode: "events", baseline: true, users: [] };
  const users =
    trigger === "saas-user-assigned"
      ? saasUsers.filter((user) => previous.users[user.saas_user_id] === undefined)
      : saasUsers.filter(
          (user) =>
            user.status === "deactivated" && previous.users[user.saas_user_id]?.status !== "deactivated",
        );
  return { mode: "events", baseline: false, users };
}
