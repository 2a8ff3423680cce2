import type { CompiledMapping, MapResult } from "./compile-mapping.js";
import { compiledFor } from "./compiled-for.js";
import { MappingError } from "./mapping-error.js";
import type { Mapping } from "./types.js";

/**
 * Maps one Lever user to an Oomnitza user record, with the provenance of each value, or explains why it
 * cannot (`{ ok: false, reasons }`, e.g. "email is empty: required for the username field").
 * Does not apply the filter (see `matchesRule`). Never throws, whatever the input.
 */
export function mapUser(
  leverUser: unknown,
  mapping: Mapping | CompiledMapping,
  options: { syncTime: number | Date },
): MapResult {
  try {
    if (mapping === null || typeof mapping !== "object") {
      return { ok: false, reasons: ["the mapping is not an object: pass a mapping from validateMapping"] };
    }
    return compiledFor(mapping).map(leverUser, options?.syncTime);
  } catch (error) {
    if (error instanceof MappingError)
      return { ok: false, reasons: error.problems.map((p) => `mapping ${p.path}: ${p.message}`) };
    return {
      ok: false,
      reasons: [`the user could not be mapped: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
