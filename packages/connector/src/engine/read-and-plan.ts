import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Mapping } from "@lever-oomnitza/mapping";
import { ConfigError } from "../config/config-error.js";
import { configFingerprint } from "../config/config-fingerprint.js";
import { mappingConfigProblems, resolveMapping } from "../config/resolve-mapping.js";
import { buildPlan } from "../plan/build-plan.js";
import type { Plan } from "../plan/plan.js";
import type { EngineContext } from "./engine-context.js";
import { assertLeverFieldsKept, type ReadOptions, readSources, type Sources } from "./read-sources.js";

/** A plan and the data it was computed from (the report names records the plan only refers to). */
export interface PlannedSources {
  sources: Sources;
  mapping: Mapping;
  plan: Plan;
}

/**
 * Reads both sides once (read-only) and plans from them: what `plan()`, a saved plan's reconciliation
 * and `connector report` share. `at` is the plan's time (a saved plan is re-planned at its own time);
 * `read.compact` keeps only what a plan reads of each record.
 */
export async function readAndPlan(
  ctx: EngineContext,
  signal?: AbortSignal,
  at: Date = ctx.now(),
  read: ReadOptions = {},
): Promise<PlannedSources> {
  const { config, logger } = ctx;
  const sources = await readSources(ctx, signal, read);
  // A draft mapping is a config error: nothing can be planned with it.
  const { mapping, problems } = resolveMapping(config.mapping, sources.tenantFields);
  if (!mapping) throw new ConfigError(mappingConfigProblems(problems));
  assertLeverFieldsKept(sources, mapping);
  const plan = buildPlan({
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
    // The update stop arms once a sync has run on this state dir: the first run updates freely.
    previousRun: existsSync(join(config.state.dir, "state.json")),
    now: at,
    configFingerprint: configFingerprint(config),
  });
  ctx.progress({ phase: "plan", done: plan.users.length, total: plan.users.length, unit: "records" });
  for (const d of plan.saas?.degraded ?? [])
    logger.warn({ feature: d.feature, field: d.field, fix: d.fix }, d.message);
  return { sources, mapping, plan };
}
