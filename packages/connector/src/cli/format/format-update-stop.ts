import type { UpdateSafety } from "../../plan/resolve-max-updates.js";

/** The mass-update stop in one line: how many updates, the limit, and which fields change for how many people. */
export function formatUpdateStop(u: UpdateSafety): string {
  const fields = Object.entries(u.fields)
    .sort(([, a], [, b]) => b - a)
    .map(([field, n]) => `${field} for ${n}`)
    .join(", ");
  return `✗ Update safety stop: ${u.planned} of ${u.matched} matched people would be updated, limit ${u.limit} (sync.maxUpdates ${u.maxUpdates}); nothing was written. Changes: ${fields}. If this is intended (e.g. a domain migration), raise sync.maxUpdates.`;
}
