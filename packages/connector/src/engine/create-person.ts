import { decideFailure } from "@lever-oomnitza/http";
import { normalizeKey } from "@lever-oomnitza/mapping";
import { vendorFields } from "@lever-oomnitza/oomnitza-client";
import type { CreateAction } from "../plan/plan.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import type { RunLog } from "./run-log.js";

/**
 * Attempts per create; each retry happens only after a lookup proved the previous one wrote nothing. Four,
 * close to the transport's five for reads: with two, a network failing one request in six left ~2.5% of a
 * night's creates failed (reliability suite, 2,000 users under faults).
 */
export const CREATE_ATTEMPTS = 4;

/**
 * Creates one person. A create whose outcome is unknown (timeout, 5xx) is never blindly resent: the
 * record is looked up by its sync keys first; found → it was created; absent → another attempt.
 */
export async function createPerson(ctx: EngineContext, action: CreateAction, log: RunLog): Promise<void> {
  const issue = { target: "user" as const, action: "create", leverId: action.leverId, email: action.email };
  for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
    try {
      log.counts.writes += 1;
      const created = await ctx.oomnitza.users.create(action.record);
      return created_(log, action, created.user_id);
    } catch (error) {
      log.breaker.failed(error);
      const { reason, kind } = describeError(error);
      if (decideFailure({ error }) !== "outcome-unknown" && kind !== "conflict") {
        log.counts.users.failed += 1;
        log.failures.push({ ...issue, reason, kind });
        return;
      }
      ctx.logger.warn(
        { leverId: action.leverId, kind, attempt },
        "create outcome unknown; looking the record up by its sync keys",
      );
      let found: string | undefined;
      try {
        found = await findByKeys(ctx, action);
      } catch (lookupError) {
        const lookup = describeError(lookupError);
        log.counts.users.failed += 1;
        log.failures.push({
          ...issue,
          kind,
          reason: `${reason}; the lookup that would tell whether it was written failed too: ${lookup.reason}. The next run matches it by its sync key`,
        });
        return;
      }
      if (found) return created_(log, action, found);
      if (kind === "conflict" || attempt === CREATE_ATTEMPTS) {
        log.counts.users.failed += 1;
        log.failures.push({ ...issue, reason, kind });
        return;
      }
    }
  }
}

function created_(log: RunLog, action: CreateAction, userId: string): void {
  log.breaker.answered();
  log.createdIds.set(action.leverId, userId);
  log.counts.users.create += 1;
}

async function findByKeys(ctx: EngineContext, action: CreateAction): Promise<string | undefined> {
  for (const key of action.keys) {
    const want = normalizeKey(key.value);
    const hits = await ctx.oomnitza.users.findAllBy(key.field, key.value).toArray();
    const hit = hits.find((h) => normalizeKey(vendorFields(h)[key.field]) === want);
    if (hit) return hit.user_id;
  }
  return undefined;
}
