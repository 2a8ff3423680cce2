import { SAAS_BATCH_SIZE } from "./batch-size.js";
import type { PlanSummary, SaasPlan, UserAction } from "./plan.js";
import type { UpdateSafety } from "./resolve-max-updates.js";
import { safetyTripped } from "./safety-tripped.js";

/** Counts of a plan's actions and the number of write requests applying it takes (none past the update stop). */
export function summarizePlan(
  users: readonly UserAction[],
  saas: SaasPlan | null,
  updates?: UpdateSafety | undefined,
): PlanSummary {
  const counts: PlanSummary["users"] = { create: 0, update: 0, unchanged: 0, skip: 0, conflict: 0 };
  for (const a of users) counts[a.action] += 1;
  const s = {
    createApp: saas?.app.action === "create" ? 1 : 0,
    assign: saas?.assign.length ?? 0,
    externalIds: saas?.externalIds.length ?? 0,
    roles: saas?.roles.reduce((n, r) => n + r.users.length, 0) ?? 0,
    reactivate: saas?.reactivate.length ?? 0,
    deactivate: saas?.deactivate.length ?? 0,
  };
  const batches = (n: number) => Math.ceil(n / SAAS_BATCH_SIZE);
  const deactivations = saas && safetyTripped(saas.safety, saas.deactivate.length) ? 0 : s.deactivate;
  const writes =
    counts.create +
    counts.update +
    s.createApp +
    batches(s.assign) +
    s.externalIds +
    (saas?.roles.reduce((n, r) => n + batches(r.users.length), 0) ?? 0) +
    batches(s.reactivate) +
    batches(deactivations);
  return { users: counts, saas: s, writes: updates?.tripped ? 0 : writes };
}
