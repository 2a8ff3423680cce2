import pLimit from "p-limit";
import { SAAS_BATCH_SIZE } from "../plan/batch-size.js";
import type { RunIssue, SaasPlan, SaasUserRef } from "../types.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import { retryIdempotent } from "./retry-idempotent.js";
import type { RunLog } from "./run-log.js";

type Counter = Exclude<keyof RunLog["counts"]["saas"], "failed">;

/**
 * Executes the SaaS-user part of a plan in as few calls as the API allows: ensure the app, one assign
 * call, reactivations in batches, one external-id call per user, one roles PATCH per role, and the
 * deactivations in batches — unless the safety threshold tripped, then none at all.
 */
export async function applySaas(
  ctx: EngineContext,
  saas: SaasPlan,
  log: RunLog,
  opts: { concurrency: number; signal?: AbortSignal | undefined; fresh?: boolean },
): Promise<void> {
  const saasId = await ensureApp(ctx, saas, log, opts.fresh ?? false);
  if (saasId === undefined) return;
  const step = (): boolean => {
    if (opts.signal?.aborted) log.interrupted = true;
    return !log.interrupted;
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
    const roles = [{ role_external_label: group.role }];
    await inBatches(
      ctx,
      log,
      "roles",
      ids,
      (batch) => ctx.oomnitza.saas.setUserRoles(saasId, batch, roles),
      "user_id",
    );
  }
  if (saas.safety.tripped || saas.deactivate.length > saas.safety.limit) {
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

async function ensureApp(
  ctx: EngineContext,
  saas: SaasPlan,
  log: RunLog,
  fresh: boolean,
): Promise<string | undefined> {
  if (saas.app.saasId !== null) return saas.app.saasId;
  try {
    // A saved plan may be old: another run may have created the app since. A fresh plan just looked.
    const existing = fresh ? undefined : await ctx.oomnitza.saas.findByName(saas.app.name);
    if (existing) return String(existing.saas_id);
    log.counts.writes += 1;
    try {
      const app = await ctx.oomnitza.saas.create({ saas_name: saas.app.name });
      log.counts.saas.createApp += 1;
      return String(app.saas_id);
    } catch (error) {
      const found = await ctx.oomnitza.saas.findByName(saas.app.name);
      if (!found) throw error;
      log.counts.saas.createApp += 1;
      return String(found.saas_id);
    }
  } catch (error) {
    const { reason, kind } = describeError(error);
    log.counts.saas.failed += 1;
    log.failures.push({
      target: "saas",
      action: "create-app",
      reason: `SaaS app "${saas.app.name}": ${reason}; no SaaS-user change was made`,
      kind,
    });
    return undefined;
  }
}

function resolveRefs(refs: readonly SaasUserRef[], action: string, log: RunLog): string[] {
  const ids: string[] = [];
  for (const ref of refs) {
    const id = ref.userId ?? log.createdIds.get(ref.leverId);
    if (id !== undefined) ids.push(id);
    else
      log.skips.push({
        target: "saas",
        action,
        leverId: ref.leverId,
        reason: "the person was not created in this run",
      });
  }
  return ids;
}

type ItemResult = { error?: string | null; errors?: string[] };

async function inBatches(
  ctx: EngineContext,
  log: RunLog,
  action: Counter,
  ids: readonly string[],
  call: (batch: string[]) => Promise<readonly ItemResult[]>,
  idField: "user_id" | "saas_user_id",
): Promise<void> {
  for (let i = 0; i < ids.length; i += SAAS_BATCH_SIZE) {
    const batch = ids.slice(i, i + SAAS_BATCH_SIZE);
    log.counts.writes += 1;
    try {
      const results = await retryIdempotent(
        () => call(batch),
        () => void (log.counts.writes += 1),
      );
      const failed = new Map<string, string>();
      for (const r of results) {
        const message = r.error ?? (r.errors && r.errors.length > 0 ? r.errors.join("; ") : null);
        const id = (r as Record<string, unknown>)[idField];
        if (message && typeof id === "string") failed.set(id, message);
      }
      for (const id of batch) {
        const message = failed.get(id);
        if (message === undefined) log.counts.saas[action] += 1;
        else fail(log, { target: "saas", action, oomnitzaId: id, reason: message, kind: "item" });
      }
    } catch (error) {
      const { reason, kind } = describeError(error);
      for (const id of batch) fail(log, { target: "saas", action, oomnitzaId: id, reason, kind });
      ctx.logger.error({ action, size: batch.length, kind }, "SaaS batch failed");
    }
  }
}

async function setExternalIds(
  ctx: EngineContext,
  saasId: string,
  saas: SaasPlan,
  log: RunLog,
  opts: { concurrency: number; signal?: AbortSignal | undefined },
): Promise<void> {
  const limit = pLimit(opts.concurrency);
  await Promise.all(
    saas.externalIds.map((ref) =>
      limit(async () => {
        if (opts.signal?.aborted) {
          log.interrupted = true;
          return;
        }
        const [userId] = resolveRefs([ref], "external-id", log);
        if (userId === undefined) return;
        log.counts.writes += 1;
        try {
          const result = await retryIdempotent(
            () => ctx.oomnitza.saas.setUserExternalId(saasId, userId, ref.leverId),
            () => void (log.counts.writes += 1),
          );
          if (result.errors.length > 0) {
            fail(log, {
              target: "saas",
              action: "externalIds",
              leverId: ref.leverId,
              oomnitzaId: userId,
              reason: result.errors.join("; "),
              kind: "item",
            });
          } else log.counts.saas.externalIds += 1;
        } catch (error) {
          const { reason, kind } = describeError(error);
          fail(log, {
            target: "saas",
            action: "externalIds",
            leverId: ref.leverId,
            oomnitzaId: userId,
            reason,
            kind,
          });
        }
      }),
    ),
  );
}

function fail(log: RunLog, issue: RunIssue): void {
  log.counts.saas.failed += 1;
  log.failures.push(issue);
}
