// Simulated Lever and Oomnitza servers on loopback, faithful to the vendors' documented quirks.
export type { Random } from "./data/create-random.js";
export { type Dataset, type DatasetOptions, generateDataset } from "./data/generate-dataset.js";
export type { LeverUserOptions } from "./data/generate-lever-users.js";
export type {
  LeverAppSeats,
  OomnitzaTenantOptions,
  TenantExpectations,
} from "./data/generate-oomnitza-tenant.js";
export type {
  LeverApiKey,
  LeverListFilters,
  LeverSandboxState,
  LeverUserInput,
} from "./lever/create-lever-state.js";
export {
  type LeverSandbox,
  type LeverSandboxCredentials,
  type LeverSandboxOptions,
  startLeverSandbox,
} from "./lever/start-lever-sandbox.js";
export type { DuplicateReport, OomnitzaSandboxState } from "./oomnitza/create-oomnitza-state.js";
export type { ServedSaasUser } from "./oomnitza/create-saas-store.js";
export type { WriteOptions } from "./oomnitza/create-user-store.js";
export {
  type OomnitzaPermission,
  type OomnitzaSandbox,
  type OomnitzaSandboxCredentials,
  type OomnitzaSandboxOptions,
  startOomnitzaSandbox,
} from "./oomnitza/start-oomnitza-sandbox.js";
export { type SandboxTenant, sandboxTenants } from "./oomnitza/tenant-variant.js";
export { runSandboxCli } from "./run-sandbox-cli.js";
export type { RateLimit } from "./server/create-rate-limiter.js";
export type { SandboxStats } from "./server/create-stats.js";
export type { FaultConfig, FaultKind } from "./server/fault-config.js";
export type { CommonServerOptions, SandboxServer } from "./server/sandbox-server.js";
export { type Sandbox, type SandboxOptions, startSandbox } from "./start-sandbox.js";
export type * from "./types.js";
