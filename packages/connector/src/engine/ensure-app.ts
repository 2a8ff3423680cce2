import type { SaasPlan } from "../types.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import type { RunLog } from "./run-log.js";

/** The app's id: from the plan, found by name, or created (an unknown create outcome is resolved by name). */
export async function ensureApp(
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
