import { normalizeKey } from "@lever-oomnitza/mapping";
import type { OomnitzaUserData } from "./plan-data.js";

/**
 * Oomnitza records by field, then by normalised value (case-insensitive, trimmed): the one record holding
 * that value, or every record when several do. A unique value (nearly all) costs no array of its own,
 * which at 100,000 people and three fields is 300,000 arrays fewer; read it with `lookupKey`.
 */
export type KeyIndex = Map<string, Map<string, OomnitzaUserData | OomnitzaUserData[]>>;

/** Indexes Oomnitza records once by every field that identifies a person (sync keys, username, email). */
export function indexByKeys(records: readonly OomnitzaUserData[], fields: readonly string[]): KeyIndex {
  const index: KeyIndex = new Map();
  for (const field of new Set(fields)) {
    const byValue = new Map<string, OomnitzaUserData | OomnitzaUserData[]>();
    for (const record of records) {
      const key = normalizeKey(record[field]);
      if (key === null) continue;
      const held = byValue.get(key);
      if (held === undefined) byValue.set(key, record);
      else if (Array.isArray(held)) held.push(record);
      else byValue.set(key, [held, record]);
    }
    index.set(field, byValue);
  }
  return index;
}
