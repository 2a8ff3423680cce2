import { type Mapping, smartMapping, validateMapping } from "@lever-oomnitza/mapping";
import type { ConfigProblem } from "../config/config-error.js";

/**
 * The mapping a run uses: the configured one when it has `fields`, otherwise `smartMapping()` for the
 * tenant's fields (so a unique `lever_id` field is picked up) with the configured role, sync keys and
 * filter on top.
 */
export function mappingFor(
  configured: unknown,
  tenantFields: readonly string[] | undefined,
): { mapping?: Mapping; problems: ConfigProblem[] } {
  const given = (configured ?? {}) as Record<string, unknown>;
  const input = given.fields !== undefined ? given : { ...smartMapping(tenantFields), ...given };
  const v = validateMapping(input);
  if (v.status === "ready") return { mapping: v.mapping, problems: [] };
  const problems = v.problems.map((p) => ({
    path: p.path ? `mapping.${p.path}` : "mapping",
    message: p.message.endsWith(".") ? p.message : `${p.message}.`,
    fix: p.fix,
  }));
  return { problems };
}
