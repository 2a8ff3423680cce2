import type { ConnectorConfig } from "../types.js";
import { resolveWorkflows } from "./resolve-workflows.js";
import type { WorkflowConfig } from "./workflows-config-schema.js";

/** One configured workflow, as `connector workflow list` shows it. */
export interface WorkflowSummary {
  name: string;
  type: WorkflowConfig["type"];
  /** `after-sync`, `saas-user-assigned`, `saas-user-deactivated` or `schedule <cron>`. */
  trigger: string;
  /** The cron expression when the trigger is a schedule. */
  schedule: string | null;
  definition: WorkflowConfig;
}

/** The config's workflows, validated, in file order. */
export function listWorkflows(config: Pick<ConnectorConfig, "workflows" | "source">): WorkflowSummary[] {
  return Object.entries(resolveWorkflows(config)).map(([name, definition]) => {
    const schedule = typeof definition.trigger === "string" ? null : definition.trigger.schedule;
    return {
      name,
      type: definition.type,
      trigger: schedule === null ? (definition.trigger as string) : `schedule ${schedule}`,
      schedule,
      definition,
    };
  });
}
