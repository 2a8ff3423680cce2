import pLimit from "p-limit";
import type { UserAction } from "../types.js";
import { createPerson } from "./create-person.js";
import type { EngineContext } from "./engine-context.js";
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
  const limit = pLimit(opts.concurrency);
  let done = 0;
  await Promise.all(
    writes.map((action) =>
      limit(async () => {
        if (opts.signal?.aborted) {
          log.interrupted = true;
          return;
        }
        if (action.action === "create") await createPerson(ctx, action, log);
        else if (action.action === "update") await updatePerson(ctx, action, log);
        done += 1;
        ctx.progress({ phase: "apply", done, total: writes.length, unit: "actions" });
      }),
    ),
  );
}
