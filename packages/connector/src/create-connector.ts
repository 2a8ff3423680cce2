import { randomUUID } from "node:crypto";
import { silentLogger } from "@lever-oomnitza/http";
import { configFingerprint } from "./config-fingerprint.js";
import { checkContract } from "./contract/check-contract.js";
import { assertPlanApplies } from "./engine/assert-plan-applies.js";
import { checkConnector } from "./engine/check-connector.js";
import { createClients } from "./engine/create-clients.js";
import type { EngineContext } from "./engine/engine-context.js";
import { readSources } from "./engine/read-sources.js";
import { resolveMapping } from "./engine/resolve-mapping.js";
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

  async function plan(o: PlanOptions = {}): Promise<Plan> {
    const sources = await readSources(ctx, o.signal);
    const mapping = resolveMapping(config.mapping, sources.tenantFields);
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
      },
      now: now(),
      configFingerprint: fingerprint,
    });
    progress({ phase: "plan", done: result.users.length, total: result.users.length, unit: "records" });
    for (const d of result.saas?.degraded ?? [])
      logger.warn({ feature: d.feature, field: d.field, fix: d.fix }, d.message);
    return result;
  }

  const runId = () => randomUUID().split("-")[0] as string;

  return {
    check: () => checkConnector(ctx),
    checkContract: () => checkContract(ctx),
    plan,
    async apply(saved: Plan, o: ApplyOptions = {}) {
      assertPlanApplies(saved, fingerprint);
      if (o.writeReport ?? !o.dryRun) await ensureStateDir(config.state.dir);
      return withStateLock(config.state.dir, "sync", !o.dryRun, () =>
        runPlan(ctx, {
          ...o,
          command: "apply",
          runId: runId(),
          startedAt: now(),
          fingerprint,
          verify: true,
          getPlan: async () => saved,
        }),
      );
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
          verify: false,
          getPlan: () => plan(o.signal ? { signal: o.signal } : {}),
        });
        if (!report.dryRun) await writeStateSnapshot(config.state.dir, report);
        return report;
      });
    },
  };
}
