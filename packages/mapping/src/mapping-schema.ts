import { z } from "zod";
import { leverFields, SYNC_TIME } from "./lever-fields.js";
import { ruleSchemasFor } from "./rule-schema.js";
import { simpleTransformNames } from "./transform-names.js";

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const leverField = z.enum(leverFields);
const sourceField = z.enum([...leverFields, SYNC_TIME]);

/** Oomnitza field names are the data model's "External ID": letters, digits, underscores. */
const oomnitzaField = z
  .string()
  .regex(/^[A-Za-z0-9_]+$/, "an Oomnitza field name (letters, digits, underscores), e.g. lever_id");

const transformStep = z.union([
  z.enum(simpleTransformNames),
  z
    .object({ map: z.record(z.string(), scalar), default: scalar.optional() })
    .strict()
    .meta({
      description: "Look the value up in a table; unmatched values become `default` (or pass through).",
    }),
  z.object({ default: scalar }).strict().meta({ description: "Use this value when the value is empty." }),
  z
    .object({
      concat: z.array(z.union([sourceField, z.object({ value: z.string() }).strict()])).min(1),
      separator: z.string().optional(),
    })
    .strict()
    .meta({ description: "Append other Lever fields or literal `{ value }` parts (empty parts skipped)." }),
]);

const fieldSource = z.union([
  sourceField.meta({ description: "Shorthand: copy this Lever field unchanged." }),
  z
    .object({
      from: sourceField,
      transform: z.union([transformStep, z.array(transformStep)]).optional(),
      required: z.boolean().optional(),
    })
    .strict(),
  z.object({ value: scalar }).strict().meta({ description: "A constant." }),
]);

const leverFilter = ruleSchemasFor(leverField).filter;

/** Zod schema of a mapping (the `mapping:` block of the connector config). */
export const mappingSchema = z
  .object({
    $schema: z.string().optional(),
    syncKeys: z.array(oomnitzaField).min(1).meta({
      description: "Ranked Oomnitza fields that identify the existing record; the first is primary.",
    }),
    role: z
      .number()
      .int()
      .positive()
      .meta({ description: "Numeric Oomnitza role id given to users the connector creates." }),
    fields: z.record(oomnitzaField, fieldSource).meta({
      description: "Oomnitza field → Lever source: a field name, { from, transform }, or { value }.",
    }),
    filter: leverFilter
      .optional()
      .meta({ description: "Which Lever users are synced. Omitted: all of them." }),
  })
  .strict()
  .meta({ title: "Lever → Oomnitza user mapping" });

/** Zod schema of one field source (exported for config tooling). */
export const fieldSourceSchema = fieldSource;

/** Zod schema of one transform step. */
export const transformStepSchema = transformStep;
