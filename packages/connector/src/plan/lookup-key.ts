import { normalizeKey } from "@lever-oomnitza/mapping";
import type { KeyIndex } from "./index-by-keys.js";
import type { OomnitzaUserData } from "./plan-data.js";

/** The records holding `value` in `field`. */
export function lookupKey(index: KeyIndex, field: string, value: unknown): OomnitzaUserData[] {
  const key = normalizeKey(value);
  return key === null ? [] : (index.get(field)?.get(key) ?? []);
}
