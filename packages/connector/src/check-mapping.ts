import type { ConfigProblem } from "./types.js";

/** Problems in a configured mapping, with paths under `mapping.` (filled by the mapping package). */
export function checkMapping(_mapping: unknown): ConfigProblem[] {
  return [];
}
