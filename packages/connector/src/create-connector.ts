import { randomUUID } from "node:crypto";
import type { Logger } from "@lever-oomnitza/http";
import { configFingerprint } from "./config/config-fingerprint.js";
import type { ConnectorConfig } from "./config/config-schema.js";
import { checkContract } from "./contract/check-contract.js";
import type { ContractReport } from "./contract/contract-report.js";
import { assertPlanApplies } from "./engine/assert-plan-applies.js";
import { type CheckResult, checkConnector } from "./engine/check-connector.js";
import { createEngineContext } from "./engine/create-engine-context.js";
import { readAndPlan } from "./engine/read-and-plan.js";
import { reconcileSavedPlan } from "./engine/reconcile-saved-plan.js";
import type { RunLog } from "./engine/run-log.js";
import { runPlan } from "./engine/run-plan.js";
import type { RunReport } from "./engine/run-report.js";
import type { Plan } from "./plan/plan.js";
import { ensureStateDir } from "./state/ensure-state-dir.js";
import { withStateLock } from "./state/with-state-lock.js";
import { writeStateSnapshot } from "./state/write-state-snapshot.js";

/** Builds the sync engine for a loaded config: read-only `check` and `plan`, writing `apply(plan)` and `sync`. */
export function createConnector(config: ConnectorConfig, opts: ConnectorOptions = {}): Connector {
  const ctx = createEngineContext(config, opts);
  const { now } = ctx;
  const fingerprint = configFingerprint(config);
  const plan = async (o: PlanOptions = {}): Promise<Plan> => (await readAndPlan(ctx, o.signal)).plan;

  /**
   * A saved plan is re-planned from current data with the current config, at the saved plan's time
   * (so its `$syncTime` values compare equal), and only the part of it the fresh plan contains is applied.
   */
  async function reconcile(saved: Plan, log: RunLog, signal?: AbortSignal): Promise<Plan> {
    const current = await readAndPlan(ctx, signal, new Date(saved.createdAt));
    const fresh = current.plan;
    return reconcileSavedPlan(
      {
        saved,
        fresh,
        people: current.sources.oomnitzaUsers,
        seats: current.sources.saas?.users ?? [],
        mappedFields: new Set(Object.keys(current.mapping.fields)),
      },
      log,
    );
  }

  const runId = () => randomUUID().split("-")[0] as string;

  return {
    check: () => checkConnector(ctx),
    checkContract: () => checkContract(ctx),
    plan,
    async apply(saved: Plan, o: ApplyOptions = {}) {
      assertPlanApplies(saved, fingerprint, now());
      if (o.writeReport ?? !o.dryRun) await ensureStateDir(config.state.dir);
      return withStateLock(config.state.dir, "sync", !o.dryRun, async () => {
        const report = await runPlan(ctx, {
          ...o,
          command: "apply",
          runId: runId(),
          startedAt: now(),
          fingerprint,
          getPlan: (log) => reconcile(saved, log, o.signal),
        });
        if (!report.dryRun) await writeStateSnapshot(config.state.dir, report);
        return report;
      });
    },
    async sync(o: ApplyOptions = {}) {
      if (o.writeReport ?? !o.dryRun) await ensureStateDir(config.state.dir);
      return withStateLock(config.state.dir, "sync", !o.dryRun, async () => {
        const report = await runPlan(ctx, {
          ...o,
          command: "sync",
          runId: runId(),
          startedAt: now(),
          fingerprint,
          getPlan: () => plan(o.signal ? { signal: o.signal } : {}),
        });
        if (!report.dryRun) await writeStateSnapshot(config.state.dir, report);
        return report;
      });
    },
  };
}

/** A progress phase reported through `onProgress`. */
export type ProgressPhase = "read-lever" | "read-oomnitza" | "read-saas" | "plan" | "apply" | "report";

/** A progress event: `done` of `total` units (pages read, records planned, actions applied). */
export interface ProgressEvent {
  phase: ProgressPhase;
  done: number;
  total?: number | undefined;
  unit: "records" | "actions";
  message?: string | undefined;
}

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
