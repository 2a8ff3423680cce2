// Public API of the workflows, as the README's Workflows section documents it: plan, prepare and run a
// workflow by name, and the two pure planners.
export type {
  LeftAlone,
  LeverDeactivation,
  LeverDeactivationPlan,
  PlanLeverDeactivationsInput,
} from "./plan-lever-deactivations.js";
export { planLeverDeactivations } from "./plan-lever-deactivations.js";
export type {
  PlanRoleRetrievalInput,
  RoleRetrievalPlan,
  RoleWorkflowDeactivation,
  RoleWrite,
} from "./plan-role-retrieval.js";
export { planRoleRetrieval } from "./plan-role-retrieval.js";
export { planWorkflow } from "./plan-workflow.js";
export {
  type PreparedWorkflow,
  prepareWorkflow,
  type WorkflowOptions,
} from "./prepare-workflow.js";
export type { WorkflowSaasUser } from "./read-workflow-inputs.js";
export { runWorkflow } from "./run-workflow.js";
export type { WorkflowPlan } from "./workflow-plan.js";
export type {
  DeactivationOutcome,
  WorkflowDeactivationRecord,
  WorkflowRunReport,
  WorkflowRunSection,
} from "./workflow-run-report.js";
export type { WorkflowSnapshot } from "./workflow-snapshot.js";
export type {
  DeactivateWorkflowConfig,
  RoleWorkflowConfig,
  WorkflowConfig,
  WorkflowsConfig,
  WorkflowTrigger,
} from "./workflows-config-schema.js";
