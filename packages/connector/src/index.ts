export type { Logger } from "@lever-oomnitza/http";
export type { FieldChange } from "@lever-oomnitza/mapping";
export type { ConfigProblem } from "./config/config-error.js";
export { ConfigError } from "./config/config-error.js";
export type {
  ConnectorConfig,
  MaxCount,
  MaxDeactivations,
  SyncPreference,
  SyncRecords,
} from "./config/config-schema.js";
export { type ConnectorConfigInput, connectorConfigSchema } from "./config/config-schema.js";
export { connectorConfigJsonSchema } from "./config/connector-config-json-schema.js";
export type { LoadConfigOptions } from "./config/load-config.js";
export { loadConfig } from "./config/load-config.js";
export type { ContractFeature, ContractImpact } from "./contract/contract-impact.js";
export type { ContractCall, ContractDeviation, ContractReport } from "./contract/contract-report.js";
export type { Shape } from "./contract/shape-of.js";
export { createConnector } from "./create-connector.js";
export type { CheckItem, CheckResult, CheckStatus } from "./engine/check-connector.js";
export type {
  ApplyOptions,
  Connector,
  ConnectorOptions,
  PlanOptions,
  ProgressEvent,
  ProgressPhase,
} from "./engine/connector-types.js";
export type { RequestCounts, RunCounts, RunIssue, RunOutcome, RunReport } from "./engine/run-report.js";
export { exitCodeFor } from "./errors/exit-code-for.js";
export { ExitCode, type ExitCodeValue } from "./errors/exit-codes.js";
export { PlanError } from "./errors/plan-error.js";
export { TenantUnsupportedError } from "./errors/tenant-unsupported-error.js";
export type {
  ConflictAction,
  CreateAction,
  Plan,
  PlanSummary,
  SaasPlan,
  SaasUserRef,
  SkipAction,
  SkipReason,
  SyncKeyValue,
  UnchangedAction,
  UpdateAction,
  UserAction,
} from "./plan/plan.js";
export type { SafetyResult } from "./plan/resolve-max-deactivations.js";
export type { UpdateSafety } from "./plan/resolve-max-updates.js";
export type { DegradedFeature } from "./plan/saas-user-support.js";
export type { KeychainStore } from "./secrets/keychain-store.js";
export { listRuns } from "./state/list-runs.js";
export { StateLockedError } from "./state/state-lock.js";
export * from "./workflows/index.js";
