import type { z } from "zod";
import type { LeverField } from "./lever-fields.js";
import type { mappingSchema } from "./mapping-schema.js";
import type { FilterOf } from "./rule-schema.js";

/** A validated mapping (what `validateMapping` returns when ready). */
export type Mapping = z.output<typeof mappingSchema>;

/** A mapping as written in config: possibly incomplete (a draft) or wrong; check with `validateMapping`. */
export type MappingInput = Partial<z.input<typeof mappingSchema>>;

/** A filter on Lever users: rules on Lever fields combined with `all` / `any`. */
export type Filter = FilterOf<LeverField>;

/** One way to fill an Oomnitza field. */
export type FieldSource = Mapping["fields"][string];

/** One transform step. */
export type TransformStep = Extract<FieldSource, { from: unknown }>["transform"] extends infer T
  ? T extends readonly (infer S)[]
    ? S
    : Exclude<T, undefined>
  : never;

/** A problem found in a mapping: where, what, and how to fix it. */
export interface MappingProblem {
  path: string;
  message: string;
  fix: string;
}
