import type { ConnectorConfig } from "../config/config-schema.js";
import { prepareWorkflow, type WorkflowOptions } from "./prepare-workflow.js";
import type { WorkflowPlan } from "./workflow-plan.js";

/** Reads both sides and returns what the workflow named `name` would do, and why; writes nothing. */
export async function planWorkflow(
  config: ConnectorConfig,
  name: string,
  opts: WorkflowOptions = {},
): Promise<WorkflowPlan> {
  return (await prepareWorkflow(config, name, opts)).plan;
}
