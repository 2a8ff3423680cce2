import { z } from "zod";

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Durations such as `365d`, `12h`, `90m`, `2w`, `1y` (y = 365 days). */
export const durationSchema = z
  .string()
  .regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d|w|y)\s*$/, "a duration such as 365d, 12h, 30m, 2w or 1y")
  .meta({ description: "A duration: a number and a unit (ms, s, m, h, d, w, y=365d), e.g. 365d." });

/** Builds the rule/filter schemas for a given field-name schema (any string, or Lever fields only). */
export function ruleSchemasFor<F extends z.ZodType<string>>(field: F) {
  const compare = z.object({ field, op: z.enum(["eq", "ne"]), value: scalar }).strict();
  const member = z.object({ field, op: z.enum(["in", "notIn"]), value: z.array(scalar) }).strict();
  const presence = z
    .object({ field, op: z.enum(["exists", "missing"]), value: z.unknown().optional() })
    .strict();
  const age = z.object({ field, op: z.enum(["olderThan", "newerThan"]), value: durationSchema }).strict();
  const rule = z.union([compare, member, presence, age]);
  const filter: z.ZodType<FilterOf<z.output<F>>> = z.union([
    rule,
    z
      .object({
        get all() {
          return z.array(filter);
        },
      })
      .strict(),
    z
      .object({
        get any() {
          return z.array(filter);
        },
      })
      .strict(),
  ]) as never;
  return { rule, filter };
}

/** A duration string such as `365d`. */
export type Duration = string;

/** One condition on one field. `field` may be a dotted path (`user.suspended`). */
export type RuleOf<F extends string> =
  | { field: F; op: "eq" | "ne"; value: string | number | boolean | null }
  | { field: F; op: "in" | "notIn"; value: readonly (string | number | boolean | null)[] }
  | { field: F; op: "exists" | "missing"; value?: unknown }
  | { field: F; op: "olderThan" | "newerThan"; value: Duration };

/** Rules combined with `all` (every one matches) / `any` (at least one matches). */
export type FilterOf<F extends string> =
  | RuleOf<F>
  | { all: readonly FilterOf<F>[] }
  | { any: readonly FilterOf<F>[] };

/** A rule on any record (dotted paths allowed), e.g. an Oomnitza SaaS user. */
export type Rule = FilterOf<string>;

const generic = ruleSchemasFor(z.string().min(1));

/** Zod schema of a rule or `{all}`/`{any}` combination on any record (used by the workflows). */
export const ruleSchema: z.ZodType<Rule> = generic.filter;
