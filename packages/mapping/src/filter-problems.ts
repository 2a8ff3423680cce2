import type { z } from "zod";
import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { isObject, pathText, valueAt } from "./issue-path.js";
import { leverFields } from "./lever-fields.js";
import type { MappingProblem } from "./types.js";

type Path = (string | number)[];

/** Words one `mappingSchema` issue under `filter` (a rule, or `{ all }` / `{ any }` of rules). */
export function problemsForFilter(input: unknown, issue: z.core.$ZodIssue & { at: Path }): MappingProblem[] {
  const { at } = issue;
  let end = 1;
  while ((at[end] === "all" || at[end] === "any") && typeof at[end + 1] === "number") end += 2;
  const nodePath = at.slice(0, end);
  const path = pathText(nodePath);
  const node = valueAt(input, nodePath);
  const rest = at.slice(end);
  const problem = (p: string, message: string, fix: string) => [{ path: p, message, fix }];
  if (!isObject(node))
    return problem(
      path,
      "a filter must be a rule or { all: [...] } / { any: [...] }",
      "write e.g. { field: deactivatedAt, op: missing }",
    );
  const combinator = "all" in node ? "all" : "any" in node ? "any" : undefined;
  if (combinator)
    return problem(
      path,
      `"${combinator}" must be the only key and hold a list of rules`,
      `write { ${combinator}: [ rule, rule ] }`,
    );
  const { field, op } = node;
  switch (rest[0]) {
    case undefined:
      return issue.code === "unrecognized_keys"
        ? issue.keys.flatMap((key) =>
            problem(`${path}.${key}`, `unknown rule key "${key}"`, "a rule has only field, op and value"),
          )
        : [];
    case "field": {
      if (typeof field !== "string" || field === "")
        return problem(`${path}.field`, "field is missing", "name the field to test, e.g. field: accessRole");
      const guess = closestName(field, leverFields);
      return problem(
        `${path}.field`,
        `unknown Lever field "${field}"`,
        guess
          ? `did you mean "${guess}"? Lever fields: ${leverFields.join(", ")}`
          : `use one of: ${leverFields.join(", ")}`,
      );
    }
    case "op": {
      const guess = typeof op === "string" ? closestName(op, OPS) : undefined;
      return problem(
        `${path}.op`,
        `unknown op ${describeValue(op)}`,
        guess ? `did you mean "${guess}"?` : `use one of: ${OPS.join(", ")}`,
      );
    }
    case "value":
      return valueProblem(String(op), node.value, `${path}.value`);
    default:
      return problem(pathText(at), issue.message, "see schema/mapping.schema.json");
  }
}

const OPS = ["eq", "ne", "in", "notIn", "exists", "missing", "olderThan", "newerThan"];

function valueProblem(op: string, value: unknown, path: string): MappingProblem[] {
  // An unknown op is reported on its own: which value it needs is unknown.
  if (!OPS.includes(op)) return [];
  if (op === "eq" || op === "ne")
    return [{ path, message: `${op} needs a single value`, fix: "give text, a number, true/false or null" }];
  if (op === "in" || op === "notIn")
    return [{ path, message: `${op} needs a list of values`, fix: "write value: [a, b]" }];
  return [
    {
      path,
      message: `${op} needs a duration, got ${describeValue(value)}`,
      fix: "write e.g. 365d, 12h, 30m, 2w or 1y",
    },
  ];
}
