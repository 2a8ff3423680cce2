import type { CompiledMapping, FieldChange } from "./compile-mapping.js";
import { compiledFor } from "./compiled-for.js";
import { sameValue } from "./same-value.js";
import type { Mapping } from "./types.js";

/**
 * The fields that really change between a desired record (from `mapUser`) and the existing Oomnitza
 * record, compared after normalisation (see `sameValue`), so an unchanged re-sync yields `[]`.
 * With a mapping, only its fields are compared (never `role`, which is for creates) and `$syncTime`
 * fields are included only alongside a real change. Without one, every defined key of `desired` is.
 */
export function diffRecords(
  desired: unknown,
  existing: unknown,
  mapping?: Mapping | CompiledMapping,
): FieldChange[] {
  if (mapping !== undefined) return compiledFor(mapping).diff(desired, existing);
  if (desired === null || typeof desired !== "object") return [];
  const have = (existing !== null && typeof existing === "object" ? existing : {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(desired)) {
    if (to === undefined || sameValue(to, have[field])) continue;
    changes.push({ field, from: have[field] ?? null, to });
  }
  return changes;
}
