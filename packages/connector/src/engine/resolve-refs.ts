import type { SaasUserRef } from "../plan/plan.js";
import type { RunLog } from "./run-log.js";

/** Oomnitza user ids of SaaS refs: known from the plan, or created in this run; others are skipped. */
export function resolveRefs(refs: readonly SaasUserRef[], action: string, log: RunLog): string[] {
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
