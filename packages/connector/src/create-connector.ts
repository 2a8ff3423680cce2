import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { silentLogger } from "@lever-oomnitza/http";
import { configFingerprint } from "./config-fingerprint.js";
import { checkContract } from "./contract/check-contract.js";
import { assertPlanApplies } from "./engine/assert-plan-applies.js";
import { checkConnector } from "./engine/check-connector.js";
import { createClients } from "./engine/create-clients.js";
import type { EngineContext } from "./engine/engine-context.js";
import { readSources } from "./engine/read-sources.js";
import { reconcileSavedPlan } from "./engine/reconcile-saved-plan.js";
import { resolveMapping } from "./engine/resolve-mapping.js";
import type { RunLog } from "./engine/run-log.js";
import { runPlan } from "./engine/run-plan.js";
import { writeStateSnapshot } from "./engine/write-state-snapshot.js";
import { ensureStateDir } from "./ensure-state-dir.js";
import { buildPlan } from "./plan/build-plan.js";
import { withStateLock } from "./state/with-state-lock.js";
import type {
  ApplyOptions,
  Connector,
  ConnectorConfig,
  ConnectorOptions,
  Plan,
  PlanOptions,
  ProgressEvent,
} from "./types.js";

/** Builds the sync engine for a loaded config: read-only `check` and `plan`, writing `apply(plan)` and `sync`. */
export function createConnector(config: ConnectorConfig, opts: ConnectorOptions = {}): Connector {
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const progress = (event: ProgressEvent) => {
    try {
      opts.onProgress?.(event);
    } catch (error) {
      logger.warn({ err: String(error) }, "onProgress threw; ignored");
    }
  };
  const { lever, oomnitza } = createClients(config, { fetch: opts.fetch, logger });
  const ctx: EngineContext = { config, lever, oomnitza, logger, progress, now };
  const fingerprint = configFingerprint(config);

  // The update stop arms once a sync has run on this state dir: the first run updates freely.
  const previousRun = () => existsSync(join(config.state.dir, "state.json"));

  async function read(signal?: AbortSignal) {
    const sources = await readSources(ctx, signal);
    return { sources, mapping: resolveMapping(config.mapping, sources.tenantFields) };
  }

  function planFrom({ sources, mapping }: Awaited<ReturnType<typeof read>>, at: Date): Plan {
    const result = buildPlan({
      leverUsers: sources.leverUsers,
      oomnitzaUsers: sources.oomnitzaUsers,
      saas: sources.saas,
      mapping,
      settings: {
        records: config.sync.records,
        preference: config.sync.preference,
        saasApp: config.saas.app,
        deactivateMissing: config.saas.deactivateMissing,
        maxDeactivations: config.saas.maxDeactivations,
        maxUpdates: config.sync.maxUpdates,
      },
      previousRun: previousRun(),
      now: at,
      configFingerprint: fingerprint,
    });
    progress({ phase: "plan", done: result.users.length, total: result.users.length, unit: "records" });
    for (const d of result.saas?.degraded ?? [])
      logger.warn({ feature: d.feature, field: d.field, fix: d.fix }, d.message);
    return result;
  }

  const plan = async (o: PlanOptions = {}): Promise<Plan> => planFrom(await read(o.signal), now());

  /**
   * A saved plan is re-planned from current data with the current config, at the saved plan's time
   * (so its `$syncTime` values compare equal), and only the part of it the fresh plan contains is applied.
   */
  async function reconcile(saved: Plan, log: RunLog, signal?: AbortSignal): Promise<Plan> {
    const current = await read(signal);
    const fresh = planFrom(current, new Date(saved.createdAt));
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
