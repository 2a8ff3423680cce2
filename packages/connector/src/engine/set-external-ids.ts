import type { SaasPlan } from "../plan/plan.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import { failSaas } from "./fail-saas.js";
import { forEachLimited } from "./for-each-limited.js";
import { resolveRefs } from "./resolve-refs.js";
import type { RunLog } from "./run-log.js";

/** Stores the Lever id as each SaaS user's `user_external_id`: one call per user, the API has no batch. */
export async function setExternalIds(
  ctx: EngineContext,
  saasId: number,
  saas: SaasPlan,
  log: RunLog,
  opts: { concurrency: number; signal?: AbortSignal | undefined },
): Promise<void> {
  const interrupted = await forEachLimited(
    saas.externalIds,
    opts.concurrency,
    async (ref) => {
      const [userId] = resolveRefs([ref], "external-id", log);
      if (userId === undefined) return;
      log.counts.writes += 1;
      try {
        const result = await ctx.oomnitza.saas.setUserExternalId(saasId, userId, ref.leverId);
        log.breaker.answered();
        if (result.errors.length > 0) {
          failSaas(log, {
            target: "saas",
            action: "externalIds",
            leverId: ref.leverId,
            oomnitzaId: userId,
            reason: result.errors.join("; "),
            kind: "item",
          });
        } else log.counts.saas.externalIds += 1;
      } catch (error) {
        log.breaker.failed(error);
        const { reason, kind } = describeError(error);
        failSaas(log, {
          target: "saas",
          action: "externalIds",
          leverId: ref.leverId,
          oomnitzaId: userId,
          reason,
          kind,
        });
      }
    },
    opts.signal,
    () => log.breaker.tripped !== undefined,
  );
  if (interrupted) log.interrupted = true;
}
