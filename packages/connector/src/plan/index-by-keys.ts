import { normalizeKey } from "@lever-oomnitza/mapping";
import type { OomnitzaUserData } from "./plan-data.js";

/** Oomnitza records by field, then by normalised value (case-insensitive, trimmed). */
export type KeyIndex = Map<string, Map<string, OomnitzaUserData[]>>;

/** Indexes Oomnitza records once by every field that identifies a person (sync keys, username, email). */
export function indexByKeys(records: readonly OomnitzaUserData[], fields: readonly string[]): KeyIndex {
  const index: KeyIndex = new Map();
  for (const field of new Set(fields)) {
    const byValue = new Map<string, OomnitzaUserData[]>();
    for (const record of records) {
      const key = normalizeKey(record[field]);
      if (key === null) continue;
      const list = byValue.get(key);
      if (list) list.push(record);
      else byValue.set(key, [record]);
    }
    index.set(field, byValue);
  }
  return index;
}
