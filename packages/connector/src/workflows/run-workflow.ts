import type { ConnectorConfig } from "../config/config-schema.js";
import { prepareWorkflow, type WorkflowOptions } from "./prepare-workflow.js";
import type { WorkflowRunReport } from "./workflow-run-report.js";

/**
 * Plans and applies the workflow named `name`, writing the run report to `<state.dir>/runs/`.
 * Over its `maxDeactivations` nothing is deactivated and the report's outcome is `safety-tripped`
 * (`exitCodeFor` → 4). Lever has no delete: offboarding there is deactivation.
 */
export async function runWorkflow(
  config: ConnectorConfig,
  name: string,
  opts: WorkflowOptions = {},
): Promise<WorkflowRunReport> {
  const prepared = await prepareWorkflow(config, name, opts);
  return prepared.apply();
}
