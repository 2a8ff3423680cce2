import type { SaasPlan, SaasUserRef } from "../plan/plan.js";
import { safetyTripped } from "../plan/safety-tripped.js";
import type { EngineContext } from "./engine-context.js";
import { ensureApp } from "./ensure-app.js";
import { inBatches } from "./in-batches.js";
import { resolveRefs } from "./resolve-refs.js";
import type { RunLog } from "./run-log.js";
import { setExternalIds } from "./set-external-ids.js";

/**
 * Executes the SaaS-user part of a plan in as few calls as the API allows: ensure the app, one assign
 * call, reactivations in batches, one external-id call per user, one roles PATCH per role, and the
 * deactivations in batches — unless the safety threshold tripped, then none at all.
 */
export async function applySaas(
  ctx: EngineContext,
  saas: SaasPlan,
  log: RunLog,
  opts: { concurrency: number; signal?: AbortSignal | undefined },
): Promise<void> {
  const saasId = await ensureApp(ctx, saas, log);
  if (saasId === undefined) return;
  const step = (): boolean => {
    if (opts.signal?.aborted) log.interrupted = true;
    return !log.interrupted && !log.breaker.tripped;
  };
  const resolve = (refs: readonly SaasUserRef[], action: string) => resolveRefs(refs, action, log);

  if (step()) {
    const ids = resolve(saas.assign, "assign");
    await inBatches(
      ctx,
      log,
      "assign",
      ids,
      (batch) => ctx.oomnitza.saas.assignUsers(saasId, batch, true),
      "user_id",
    );
  }
  if (step()) {
    const ids = saas.reactivate.map((r) => r.saasUserId);
    await inBatches(
      ctx,
      log,
      "reactivate",
      ids,
      (batch) => ctx.oomnitza.saasUsers.activate(batch),
      "saas_user_id",
    );
  }
  if (step()) await setExternalIds(ctx, saasId, saas, log, opts);
  for (const group of saas.roles) {
    if (!step()) break;
    const ids = resolve(group.users, "roles");
    // The export requires role_external_id, our spec the label: both carry the Lever access role.
    const roles = [{ role_external_id: group.role, role_external_label: group.role }];
    await inBatches(
      ctx,
      log,
      "roles",
      ids,
      (batch) => ctx.oomnitza.saas.setUserRoles(saasId, batch, roles),
      "user_id",
    );
  }
  if (safetyTripped(saas.safety, saas.deactivate.length)) {
    ctx.logger.warn(
      { planned: saas.deactivate.length, limit: saas.safety.limit },
      "deactivation safety threshold tripped: no SaaS user deactivated",
    );
    return;
  }
  if (step()) {
    const ids = saas.deactivate.map((d) => d.saasUserId);
    await inBatches(
      ctx,
      log,
      "deactivate",
      ids,
      (batch) => ctx.oomnitza.saasUsers.deactivate(batch),
      "saas_user_id",
    );
  }
}
