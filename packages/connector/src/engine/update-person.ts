import type { UpdateAction } from "../plan/plan.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import type { RunLog } from "./run-log.js";

/** Patches only the changed fields of one person; a record deleted since the plan is a conflict skip. */
export async function updatePerson(ctx: EngineContext, action: UpdateAction, log: RunLog): Promise<void> {
  const patch = Object.fromEntries(action.changes.map((c) => [c.field, c.to]));
  const issue = {
    target: "user" as const,
    action: "update",
    leverId: action.leverId,
    oomnitzaId: action.oomnitzaId,
    email: action.email,
  };
  try {
    // One call: the transport already resends an idempotent PATCH after a 429, 5xx or lost reply.
    log.counts.writes += 1;
    await ctx.oomnitza.users.update(action.oomnitzaId, patch);
    log.breaker.answered();
    log.counts.users.update += 1;
  } catch (error) {
    log.breaker.failed(error);
    const { reason, kind } = describeError(error);
    if (kind === "not-found") {
      log.counts.users.conflict += 1;
      log.skips.push({
        ...issue,
        kind: "conflict",
        reason: "the Oomnitza record was deleted since the plan; the next run recreates it",
      });
      return;
    }
    log.counts.users.failed += 1;
    log.failures.push({ ...issue, reason, kind });
  }
}
