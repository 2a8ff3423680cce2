import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { leverFields } from "./lever-fields.js";
import { parseDuration } from "./parse-duration.js";
import { isScalar } from "./scalar.js";
import type { MappingProblem } from "./types.js";

const OPS = ["eq", "ne", "in", "notIn", "exists", "missing", "olderThan", "newerThan"];
const RULE_KEYS = new Set(["field", "op", "value"]);

/** Problems in a filter; `fields` limits rule fields (Lever fields for a mapping), undefined allows any path. */
export function checkFilter(
  filter: unknown,
  path: string,
  fields: readonly string[] | undefined = leverFields,
): MappingProblem[] {
  const problem = (p: string, message: string, fix: string) => [{ path: p, message, fix }];
  if (filter === null || typeof filter !== "object" || Array.isArray(filter)) {
    return problem(
      path,
      "a filter must be a rule or { all: [...] } / { any: [...] }",
      "write e.g. { field: deactivatedAt, op: missing }",
    );
  }
  const node = filter as Record<string, unknown>;
  for (const combinator of ["all", "any"] as const) {
    if (!(combinator in node)) continue;
    const list = node[combinator];
    if (Object.keys(node).length !== 1 || !Array.isArray(list)) {
      return problem(
        path,
        `"${combinator}" must be the only key and hold a list of rules`,
        `write { ${combinator}: [ rule, rule ] }`,
      );
    }
    return list.flatMap((child, i) => checkFilter(child, `${path}.${combinator}[${i}]`, fields));
  }
  const out: MappingProblem[] = [];
  for (const key of Object.keys(node)) {
    if (!RULE_KEYS.has(key))
      out.push(
        ...problem(`${path}.${key}`, `unknown rule key "${key}"`, "a rule has only field, op and value"),
      );
  }
  const { field, op, value } = node;
  if (typeof field !== "string" || field === "") {
    out.push(
      ...problem(`${path}.field`, "field is missing", "name the field to test, e.g. field: accessRole"),
    );
  } else if (fields && !fields.includes(field)) {
    const guess = closestName(field, fields);
    out.push(
      ...problem(
        `${path}.field`,
        `unknown Lever field "${field}"`,
        guess
          ? `did you mean "${guess}"? Lever fields: ${fields.join(", ")}`
          : `use one of: ${fields.join(", ")}`,
      ),
    );
  }
  if (typeof op !== "string" || !OPS.includes(op)) {
    const guess = typeof op === "string" ? closestName(op, OPS) : undefined;
    out.push(
      ...problem(
        `${path}.op`,
        `unknown op ${describeValue(op)}`,
        guess ? `did you mean "${guess}"?` : `use one of: ${OPS.join(", ")}`,
      ),
    );
    return out;
  }
  out.push(...checkValue(op, value, `${path}.value`));
  return out;
}

function checkValue(op: string, value: unknown, path: string): MappingProblem[] {
  if ((op === "eq" || op === "ne") && !isScalar(value)) {
    return [{ path, message: `${op} needs a single value`, fix: "give text, a number, true/false or null" }];
  }
  if ((op === "in" || op === "notIn") && !(Array.isArray(value) && value.every(isScalar))) {
    return [{ path, message: `${op} needs a list of values`, fix: "write value: [a, b]" }];
  }
  if ((op === "olderThan" || op === "newerThan") && parseDuration(value) === undefined) {
    return [
      {
        path,
        message: `${op} needs a duration, got ${describeValue(value)}`,
        fix: "write e.g. 365d, 12h, 30m, 2w or 1y",
      },
    ];
  }
  return [];
}
