import { normalizeKey } from "@lever-oomnitza/mapping";
import type { KeyIndex } from "./index-by-keys.js";
import type { OomnitzaUserData } from "./plan-data.js";

/** The records holding `value` in `field`. */
export function lookupKey(index: KeyIndex, field: string, value: unknown): readonly OomnitzaUserData[] {
  const key = normalizeKey(value);
  const held = key === null ? undefined : index.get(field)?.get(key);
  return held === undefined ? [] : Array.isArray(held) ? held : [held];
}
