// Public API of the workflows: SaaS-user role retrieval and Lever user deactivation by rule.
export type { LeverMatch } from "./find-lever-user.js";
export { listWorkflows, type WorkflowSummary } from "./list-workflows.js";
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
  type WorkflowPlan,
} from "./prepare-workflow.js";
export { resolveWorkflows } from "./resolve-workflows.js";
export { runWorkflow } from "./run-workflow.js";
export type { WorkflowClients } from "./workflow-clients.js";
export type { WorkflowLeverUser, WorkflowPerson, WorkflowSaasUser } from "./workflow-records.js";
export type {
  DeactivationOutcome,
  WorkflowDeactivationRecord,
  WorkflowRunReport,
  WorkflowRunSection,
} from "./workflow-run-report.js";
export type { WorkflowSnapshot } from "./workflow-snapshot.js";
export {
  type DeactivateWorkflowConfig,
  type RoleWorkflowConfig,
  type WorkflowConfig,
  type WorkflowsConfig,
  type WorkflowsConfigInput,
  type WorkflowTrigger,
  workflowConfigSchema,
  workflowsConfigSchema,
} from "./workflows-config-schema.js";
