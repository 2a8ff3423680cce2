import { randomUUID } from "node:crypto";
import { configFingerprint } from "./config/config-fingerprint.js";
import type { ConnectorConfig } from "./config/config-schema.js";
import { assertPlanApplies } from "./engine/assert-plan-applies.js";
import { checkConnector } from "./engine/check-connector.js";
import type { ApplyOptions, Connector, ConnectorOptions, PlanOptions } from "./engine/connector-types.js";
import { createEngineContext } from "./engine/create-engine-context.js";
import { readAndPlan } from "./engine/read-and-plan.js";
import { reconcileSavedPlan } from "./engine/reconcile-saved-plan.js";
import type { RunLog } from "./engine/run-log.js";
import { runPlan } from "./engine/run-plan.js";
import type { Plan } from "./plan/plan.js";
import { ensureStateDir } from "./state/ensure-state-dir.js";
import { withStateLock } from "./state/with-state-lock.js";
import { writeStateSnapshot } from "./state/write-state-snapshot.js";

/** Builds the sync engine for a loaded config: read-only `check` and `plan`, writing `apply(plan)` and `sync`. */
export function createConnector(config: ConnectorConfig, opts: ConnectorOptions = {}): Connector {
  const ctx = createEngineContext(config, opts);
  const { now } = ctx;
  const fingerprint = configFingerprint(config);
  const compact = { compact: true };
  const plan = async (o: PlanOptions = {}): Promise<Plan> =>
    (await readAndPlan(ctx, o.signal, now(), compact)).plan;

  /**
   * A saved plan is re-planned from current data with the current config, at the saved plan's time
   * (so its `$syncTime` values compare equal), and only the part of it the fresh plan contains is applied.
   */
  async function reconcile(saved: Plan, log: RunLog, signal?: AbortSignal): Promise<Plan> {
    const current = await readAndPlan(ctx, signal, new Date(saved.createdAt), compact);
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
    // Loaded on first use: the contract check alone needs the two OpenAPI specs and a JSON Schema validator.
    checkContract: async () => (await import("./contract/check-contract.js")).checkContract(ctx),
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
