import { SAAS_BATCH_SIZE } from "../plan/batch-size.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import { failSaas } from "./fail-saas.js";
import type { RunLog } from "./run-log.js";

type Counter = Exclude<keyof RunLog["counts"]["saas"], "failed" | "inPlace">;
type ItemResult = { error?: string | null; errors?: string[] };

/** Sends ids in batches of 500, counting per-item successes and recording per-item errors. */
export async function inBatches(
  ctx: EngineContext,
  log: RunLog,
  action: Counter,
  ids: readonly string[],
  call: (batch: string[]) => Promise<readonly ItemResult[]>,
  idField: "user_id" | "saas_user_id",
): Promise<void> {
  for (let i = 0; i < ids.length && !log.breaker.tripped; i += SAAS_BATCH_SIZE) {
    const batch = ids.slice(i, i + SAAS_BATCH_SIZE);
    log.counts.writes += 1;
    try {
      // One call: every batched SaaS write is idempotent, and the transport already resends those.
      const results = await call(batch);
      log.breaker.answered();
      const failed = new Map<string, string>();
      for (const r of results) {
        const message = r.error ?? (r.errors && r.errors.length > 0 ? r.errors.join("; ") : null);
        const id = (r as Record<string, unknown>)[idField];
        if (message && typeof id === "string") failed.set(id, message);
      }
      for (const id of batch) {
        const message = failed.get(id);
        if (message === undefined) log.counts.saas[action] += 1;
        else failSaas(log, { target: "saas", action, oomnitzaId: id, reason: message, kind: "item" });
      }
    } catch (error) {
      log.breaker.failed(error);
      const { reason, kind } = describeError(error);
      for (const id of batch) failSaas(log, { target: "saas", action, oomnitzaId: id, reason, kind });
      ctx.logger.error({ action, size: batch.length, kind }, "SaaS batch failed");
    }
  }
}
