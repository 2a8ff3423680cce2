import { validateMapping } from "@lever-oomnitza/mapping";
import type { ConfigProblem } from "./config-error.js";

/**
 * Problems in a mapping written out in full (with `fields`), under `mapping.`. A partial mapping such as
 * `{ role: 25 }` is completed by `smartMapping()` at run time and checked by `check()`.
 */
export function checkMapping(mapping: Record<string, unknown>): ConfigProblem[] {
  if (mapping.fields === undefined) return [];
  const v = validateMapping(mapping);
  return v.problems.map((p) => ({
    path: p.path ? `mapping.${p.path}` : "mapping",
    message: p.message.endsWith(".") ? p.message : `${p.message}.`,
    fix: p.fix,
  }));
}
