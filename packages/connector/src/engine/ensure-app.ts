import { decideFailure } from "@lever-oomnitza/http";
import { ApiError } from "@lever-oomnitza/oomnitza-client";
import type { SaasPlan } from "../plan/plan.js";
import { CREATE_ATTEMPTS } from "./create-person.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import type { RunLog } from "./run-log.js";

/**
 * The app's id: from the plan (every plan applied was just made from a fresh read, saved ones too),
 * or created (an unknown create outcome is resolved by name).
 */
export async function ensureApp(
  ctx: EngineContext,
  saas: SaasPlan,
  log: RunLog,
): Promise<number | undefined> {
  // The plan, a JSON document, keeps the id as text; the client takes Oomnitza's integer.
  if (saas.app.saasId !== null) return Number(saas.app.saasId);
  try {
    const id = await createApp(ctx, saas.app.name, log);
    log.counts.saas.createApp += 1;
    return id;
  } catch (error) {
    log.breaker.failed(error);
    const { reason, kind } = describeError(error);
    // A 400/422 is the tenant refusing the body: the export lists more required fields than saas_name.
    const refused = error instanceof ApiError && error.kind === "bad-request" && error.method === "POST";
    const fix = refused
      ? `; Oomnitza refused to create it with saas_name alone: create the app in Oomnitza (Software > SaaS) and set saas.app to its exact name`
      : "";
    log.counts.saas.failed += 1;
    log.failures.push({
      target: "saas",
      action: "create-app",
      reason: `SaaS app "${saas.app.name}": ${reason}${fix}; no SaaS-user change was made`,
      kind,
    });
    return undefined;
  }
}

/**
 * Creates the app like a person: a create whose outcome is unknown is looked up by name before it is ever
 * sent again, up to CREATE_ATTEMPTS times, so a flaky tenant neither duplicates the app nor skips the run.
 */
async function createApp(ctx: EngineContext, name: string, log: RunLog): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      log.counts.writes += 1;
      return (await ctx.oomnitza.saas.create({ saas_name: name })).saas_id;
    } catch (error) {
      if (decideFailure({ error }) !== "outcome-unknown") throw error;
      const found = await ctx.oomnitza.saas.findByName(name);
      if (found) return found.saas_id;
      if (attempt >= CREATE_ATTEMPTS) throw error;
      ctx.logger.warn({ attempt }, "SaaS app create outcome unknown and not found by name; creating again");
    }
  }
}
