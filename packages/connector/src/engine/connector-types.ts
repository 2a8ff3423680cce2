import type { Logger } from "@lever-oomnitza/http";
import type { ContractReport } from "../contract/contract-report.js";
import type { Plan } from "../plan/plan.js";
import type { CheckResult } from "./check-connector.js";
import type { ProgressEvent } from "./progress-event.js";
import type { RunReport } from "./run-report.js";

// The engine's option and result types, apart from createConnector so the engine's own files can use them
// without importing the module that builds the engine from them.

/** Options of `createConnector`. */
export interface ConnectorOptions {
  logger?: Logger;
  onProgress?: (event: ProgressEvent) => void;
  /** Replaces `globalThis.fetch` for both APIs (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** Options of `plan()`. */
export interface PlanOptions {
  signal?: AbortSignal;
}

/** Options of `apply()` and `sync()`. */
export interface ApplyOptions {
  signal?: AbortSignal;
  /** Compute and report, write nothing (no report file either). */
  dryRun?: boolean;
  /** Write the run report to `<state.dir>/runs/` (default true unless `dryRun`). */
  writeReport?: boolean;
  /**
   * Called with the plan before the first write (never on a dry run), e.g. to ask a person about
   * deactivations. Throw to cancel: nothing is written, no report is written, and the error propagates.
   */
  confirm?: (plan: Plan) => void | Promise<void>;
}

/** The engine: read-only `check`, `checkContract` and `plan`, writing `apply` and `sync`. */
export interface Connector {
  check(): Promise<CheckResult>;
  /** Read-only calls against both APIs, each response validated against `openapi/*.yaml`; a redacted report. */
  checkContract(): Promise<ContractReport>;
  plan(opts?: PlanOptions): Promise<Plan>;
  apply(plan: Plan, opts?: ApplyOptions): Promise<RunReport>;
  sync(opts?: ApplyOptions): Promise<RunReport>;
}

export type { ProgressEvent, ProgressPhase } from "./progress-event.js";
