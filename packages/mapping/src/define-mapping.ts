import type { LeverField, SourceField } from "./lever-fields.js";
import { MappingError } from "./mapping-error.js";
import type { FilterOf } from "./rule-schema.js";
import type { Scalar } from "./scalar.js";
import type { SimpleTransformName } from "./transform-names.js";
import type { Mapping } from "./types.js";
import { validateMapping } from "./validate-mapping.js";

/** A transform step as typed by `defineMapping`: unknown names are compile-time errors. */
export type TransformStepDefinition =
  | SimpleTransformName
  | { map: Record<string, Scalar>; default?: Scalar }
  | { default: Scalar }
  | { concat: readonly (SourceField | { value: string })[]; separator?: string };

/** A field source as typed by `defineMapping`: unknown Lever fields are compile-time errors. */
export type FieldSourceDefinition =
  | SourceField
  | {
      from: SourceField;
      transform?: TransformStepDefinition | readonly TransformStepDefinition[];
      required?: boolean;
    }
  | { value: Scalar };

/** A mapping written in TypeScript; `K` (the sync keys) must be keys of `fields`. */
export interface MappingDefinition<K extends string> {
  syncKeys: readonly [K, ...K[]];
  role: number;
  fields: { [P in K]: FieldSourceDefinition } & Record<string, FieldSourceDefinition>;
  filter?: FilterOf<LeverField>;
}

/**
 * Writes a mapping in TypeScript with compile-time checks (Lever fields, transform names, sync keys
 * that are mapped), then validates it at run time too; throws `MappingError` listing every problem.
 */
export function defineMapping<const K extends string>(definition: MappingDefinition<K>): Mapping {
  const result = validateMapping(definition);
  if (result.status !== "ready") throw new MappingError(result.problems);
  return result.mapping;
}
