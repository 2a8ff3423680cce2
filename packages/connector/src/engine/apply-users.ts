import type { UserAction } from "../plan/plan.js";
import { createPerson } from "./create-person.js";
import type { EngineContext } from "./engine-context.js";
import { forEachLimited } from "./for-each-limited.js";
import type { RunLog } from "./run-log.js";
import { updatePerson } from "./update-person.js";

/**
 * Executes the people creates and updates with at most `concurrency` writes in flight (429s are
 * absorbed by the transport's backoff). One failure never stops the others; an abort stops scheduling
 * new writes while the ones in flight finish.
 */
export async function applyUsers(
  ctx: EngineContext,
  actions: readonly UserAction[],
  log: RunLog,
  opts: { concurrency: number; signal?: AbortSignal | undefined },
): Promise<void> {
  const writes = actions.filter((a) => a.action === "create" || a.action === "update");
  let done = 0;
  const interrupted = await forEachLimited(
    writes,
    opts.concurrency,
    async (action) => {
      if (action.action === "create") await createPerson(ctx, action, log);
      else if (action.action === "update") await updatePerson(ctx, action, log);
      done += 1;
      ctx.progress({ phase: "apply", done, total: writes.length, unit: "actions" });
    },
    opts.signal,
    () => log.breaker.tripped !== undefined,
  );
  if (interrupted) log.interrupted = true;
}
