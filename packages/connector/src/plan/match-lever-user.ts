import type { KeyIndex } from "./index-by-keys.js";
import { lookupKey } from "./lookup-key.js";
import type { SyncKeyValue } from "./plan.js";
import type { LeverUserData, OomnitzaUserData } from "./plan-data.js";

/** A mapped Lever user and what its ranked sync keys found in Oomnitza. */
export interface Candidate {
  lever: LeverUserData;
  record: Record<string, unknown>;
  keys: SyncKeyValue[];
  target?: { record: OomnitzaUserData; rank: number; field: string } | undefined;
  conflict?: { message: string; oomnitzaIds: string[]; otherLeverIds: string[] } | undefined;
}

/**
 * Finds the Oomnitza record of one mapped Lever user by its ranked sync keys. Two records sharing a
 * key value, or two keys finding two different records, is a conflict: writing either would be a guess.
 */
export function matchLeverUser(
  lever: LeverUserData,
  record: Record<string, unknown>,
  syncKeys: readonly string[],
  index: KeyIndex,
): Candidate {
  const keys: SyncKeyValue[] = [];
  const found: Array<{ record: OomnitzaUserData; rank: number; field: string }> = [];
  for (const [rank, field] of syncKeys.entries()) {
    const value = record[field];
    if (value === undefined || value === null || String(value).trim() === "") continue;
    keys.push({ field, value: String(value) });
    const hits = lookupKey(index, field, value);
    if (hits.length > 1) {
      const ids = hits.map((h) => h.user_id).sort();
      return {
        lever,
        record,
        keys,
        conflict: {
          message: `${hits.length} Oomnitza records share ${field} "${String(value)}" (${ids.join(", ")}); make ${field} unique in Oomnitza.`,
          oomnitzaIds: ids,
          otherLeverIds: [],
        },
      };
    }
    const hit = hits[0];
    if (hit) found.push({ record: hit, rank, field });
  }
  const distinct = [...new Set(found.map((f) => f.record.user_id))];
  if (distinct.length > 1) {
    const detail = found.map((f) => `${f.field} matches ${f.record.user_id}`).join(", ");
    return {
      lever,
      record,
      keys,
      conflict: {
        message: `sync keys point to different Oomnitza records (${detail}); merge or fix those records.`,
        oomnitzaIds: distinct.sort(),
        otherLeverIds: [],
      },
    };
  }
  return { lever, record, keys, target: found[0] };
}
