import type { WorkflowTrigger } from "./workflows-config-schema.js";

/** A trigger as plans, reports and `connector workflow list` show it: `after-sync`, `schedule 0 4 * * *`. */
export function describeTrigger(trigger: WorkflowTrigger): string {
  return typeof trigger === "string" ? trigger : `schedule ${trigger.schedule}`;
}
