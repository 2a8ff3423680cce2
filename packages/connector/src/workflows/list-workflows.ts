import type { ConnectorConfig } from "../config/config-schema.js";
import { describeTrigger } from "./describe-trigger.js";
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

/** The config's workflows (validated by `loadConfig`), in file order. */
export function listWorkflows(config: Pick<ConnectorConfig, "workflows">): WorkflowSummary[] {
  return Object.entries(config.workflows).map(([name, definition]) => ({
    name,
    type: definition.type,
    trigger: describeTrigger(definition.trigger),
    schedule: typeof definition.trigger === "string" ? null : definition.trigger.schedule,
    definition,
  }));
}
