import { fieldSimilarity } from "./field-similarity.js";
import { type LeverField, leverFields } from "./lever-fields.js";

/** A suggested source for an Oomnitza field the default mapping leaves unmapped. */
export interface FieldSuggestion {
  oomnitzaField: string;
  leverField: LeverField;
  /** 0..1: how alike the names are (synonyms such as position ~ jobTitle count as 0.9). */
  score: number;
}

// Names that mean the same thing without looking alike (Oomnitza standard fields, common custom ones).
const SYNONYMS: Record<string, LeverField> = {
  position: "jobTitle",
  title: "jobTitle",
  job_title: "jobTitle",
  manager: "managerId",
  employee_id: "externalDirectoryId",
  employee_number: "externalDirectoryId",
  hris_id: "externalDirectoryId",
  lever_role: "accessRole",
  access_role: "accessRole",
  lever_username: "username",
  avatar: "photo",
};

/** Suggestions, best first, for Oomnitza fields by name similarity to Lever fields (score ≥ `minScore`). */
export function suggestFields(oomnitzaFields: readonly string[], minScore = 0.6): FieldSuggestion[] {
  const out: FieldSuggestion[] = [];
  for (const field of oomnitzaFields) {
    const synonym = SYNONYMS[field.toLowerCase()];
    let best: FieldSuggestion | undefined = synonym
      ? { oomnitzaField: field, leverField: synonym, score: 0.9 }
      : undefined;
    for (const lever of leverFields) {
      const score = Math.round(fieldSimilarity(field, lever) * 100) / 100;
      if (score >= minScore && (!best || score > best.score))
        best = { oomnitzaField: field, leverField: lever, score };
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score || a.oomnitzaField.localeCompare(b.oomnitzaField));
}
