import {
  type MappingProblem,
  type MappingValidation,
  smartMapping,
  validateMapping,
} from "@lever-oomnitza/mapping";
import type { ConfigProblem } from "./config-error.js";

/** The mapping a run uses, checked: `config` when the config has a `mapping:`, else `smart-mapping`. */
export type ResolvedMapping = MappingValidation & { source: "config" | "smart-mapping" };

/**
 * The one place that decides which mapping a run uses; check, plan, sync and `mapping validate|preview`
 * all ask it. A mapping written out in full (with `fields`) is used as written; otherwise
 * `smartMapping()` for the tenant's fields (so a unique `lever_id` field is picked up) with the
 * configured role, sync keys and filter on top. Without `tenantFields` (no Oomnitza read yet) every
 * standard field is assumed: the answer is the same with or without them, except that a tenant with a
 * Lever-id field gets it mapped.
 */
export function resolveMapping(configured: unknown, tenantFields?: readonly string[]): ResolvedMapping {
  const source = configured === undefined ? "smart-mapping" : "config";
  const given = configured ?? {};
  if (!isPlainObject(given) || given.fields !== undefined) return { source, ...validateMapping(given) };
  const smart = smartMapping(tenantFields);
  // A sync key smartMapping takes for the Lever id (`lever_id`) is that field, tenant read or not, so
  // `mapping validate` (offline) and `check` agree; whether Oomnitza has the field is check's question,
  // as for any custom field.
  const keys = Array.isArray(given.syncKeys) ? given.syncKeys.filter((k) => typeof k === "string") : [];
  const fields = { ...smart.fields, ...smartMapping(keys).fields };
  return { source, ...validateMapping({ ...smart, fields, ...given }) };
}

/** A mapping's problems as config problems: under `mapping.`, each message a sentence. */
export function mappingConfigProblems(problems: readonly MappingProblem[]): ConfigProblem[] {
  return problems.map((p) => ({
    path: p.path ? `mapping.${p.path}` : "mapping",
    message: p.message.endsWith(".") ? p.message : `${p.message}.`,
    fix: p.fix,
  }));
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
