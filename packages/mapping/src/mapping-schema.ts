import { z } from "zod";
import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { leverFields, SYNC_TIME } from "./lever-fields.js";
import { ruleSchemasFor } from "./rule-schema.js";
import { simpleTransformNames } from "./transform-names.js";

/** An Oomnitza field name: its External ID in the data model (letters, digits, underscores). */
export const OOMNITZA_FIELD_NAME = /^[A-Za-z0-9_]+$/;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const leverField = z.enum(leverFields);
const sourceField = z.enum([...leverFields, SYNC_TIME]);

/** Oomnitza field names are the data model's "External ID": letters, digits, underscores. */
const oomnitzaField = z
  .string()
  .regex(OOMNITZA_FIELD_NAME, "an Oomnitza field name (letters, digits, underscores), e.g. lever_id");

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
  // Rules across keys; runs on any input (also one that failed the shape) so every problem is named at once.
  .superRefine(crossFieldRules, { when: () => true })
  .meta({ title: "Lever → Oomnitza user mapping" });

function crossFieldRules(input: unknown, ctx: z.RefinementCtx): void {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return;
  const { fields, syncKeys } = input as Record<string, unknown>;
  const add = (path: (string | number)[], message: string, fix: string) =>
    ctx.addIssue({ code: "custom", path, message, params: { fix } });
  const isObject = fields !== null && typeof fields === "object" && !Array.isArray(fields);
  const names = isObject ? Object.keys(fields) : [];
  if (isObject) {
    if (names.includes("role"))
      add(
        ["fields", "role"],
        "role is not mapped per user: it is the role new users get",
        "remove fields.role and set mapping.role to the numeric role id",
      );
    for (const required of ["username", "email"]) {
      if (!names.includes(required))
        add(
          ["fields", required],
          `${required} is not mapped: Oomnitza requires it on every user`,
          `add ${required}: email`,
        );
    }
  }
  if (!Array.isArray(syncKeys)) return;
  syncKeys.forEach((key: unknown, i) => {
    if (typeof key !== "string" || !names.includes(key)) {
      const guess = typeof key === "string" ? closestName(key, names) : undefined;
      add(
        ["syncKeys", i],
        `sync key ${describeValue(key)} is not mapped`,
        guess
          ? `did you mean "${guess}"? Or map it under fields`
          : "map it under fields, or remove it from syncKeys",
      );
    } else if (syncKeys.indexOf(key) !== i) {
      add(["syncKeys", i], `sync key "${key}" is listed twice`, "list each key once");
    }
  });
}

/** Zod schema of one field source (exported for config tooling). */
export const fieldSourceSchema = fieldSource;

/** Zod schema of one transform step. */
export const transformStepSchema = transformStep;
