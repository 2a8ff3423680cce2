import type { z } from "zod";
import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { problemsForFilter } from "./filter-problems.js";
import { isObject, pathText, valueAt } from "./issue-path.js";
import { leverFields, SYNC_TIME } from "./lever-fields.js";
import { mappingSchema, OOMNITZA_FIELD_NAME } from "./mapping-schema.js";
import { transformNames } from "./transform-names.js";
import type { Mapping, MappingProblem } from "./types.js";

/** Result of `validateMapping`: `ready` (usable `mapping`, no problems) or `draft` (problems to fix). */
export type MappingValidation =
  | { status: "ready"; mapping: Mapping; problems: [] }
  | { status: "draft"; mapping?: undefined; problems: MappingProblem[] };

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

const TOP_KEYS = ["$schema", "syncKeys", "role", "fields", "filter"];
/** Unknown keys (index -1) come before these. */
const ORDER = ["fields", "role", "syncKeys", "filter", "$schema"];
const SOURCES: readonly string[] = [...leverFields, SYNC_TIME];
const SOURCE_KEYS = ["from", "transform", "required"];

/**
 * Checks a mapping as written in config against `mappingSchema` (the one definition of a valid mapping)
 * and words each of its issues as a problem with a path and a fix. Draft when a mandatory item is missing
 * (username, email, role, a sync key) or anything is wrong. Never throws.
 */
export function validateMapping(input: unknown): MappingValidation {
  let problems: MappingProblem[];
  try {
    const parsed = mappingSchema.safeParse(input);
    if (parsed.success) return { status: "ready", mapping: parsed.data, problems: [] };
    problems = wordIssues(input, parsed.error.issues);
  } catch (error) {
    problems = [
      {
        path: "",
        message: `the mapping could not be read (${describeValue(String(error))})`,
        fix: "write the mapping as plain YAML/JSON data",
      },
    ];
  }
  return { status: "draft", problems };
}

function wordIssues(input: unknown, issues: readonly Issue[]): MappingProblem[] {
  const seen = new Set<string>();
  const out: MappingProblem[] = [];
  for (const leaf of flatten(input, issues, [])) {
    for (const problem of problemsFor(input, leaf)) {
      const key = `${problem.path}\n${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  // Reading order: the whole mapping, unknown keys, fields, role, syncKeys, filter (stable within each).
  const rank = (p: MappingProblem) => {
    if (p.path === "") return -1;
    const top = p.path.split(/[.[]/)[0] ?? "";
    return ORDER.indexOf(top);
  };
  return out
    .map((problem, i) => ({ problem, i, rank: rank(problem) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.problem);
}

/** Replaces each union issue by the issues of the option the value was written for. */
function flatten(input: unknown, issues: readonly Issue[], base: Path): (Issue & { at: Path })[] {
  return issues.flatMap((issue) => {
    const at = [...base, ...(issue.path as Path)];
    if (issue.code === "invalid_union" && "errors" in issue) {
      const option = optionFor(valueAt(input, at), at, issue.errors.length);
      const chosen = option === undefined ? undefined : issue.errors[option];
      if (chosen) return flatten(input, chosen, at);
    }
    return [{ ...issue, at }];
  });
}

/** Which option of a union at `at` the value was meant for (field source, transform, filter, rule). */
function optionFor(value: unknown, at: Path, options: number): number | undefined {
  const node = isObject(value) ? value : undefined;
  if (at[0] === "fields" && at.length === 2) {
    if (typeof value === "string") return 0;
    return node ? ("value" in node ? 2 : 1) : undefined;
  }
  if (at[0] === "fields" && at.length === 3 && at[2] === "transform") return Array.isArray(value) ? 1 : 0;
  if (at[0] === "filter" && node) {
    if (options === 3) return "all" in node ? 1 : "any" in node ? 2 : 0;
    const op = String(node.op);
    const byOp = [
      ["eq", "ne"],
      ["in", "notIn"],
      ["exists", "missing"],
      ["olderThan", "newerThan"],
    ];
    const index = byOp.findIndex((ops) => ops.includes(op));
    return index === -1 ? 0 : index;
  }
  return undefined;
}

function problemsFor(input: unknown, issue: Issue & { at: Path }): MappingProblem[] {
  const { at } = issue;
  const fixParam = (issue as { params?: { fix?: unknown } }).params?.fix;
  const value = valueAt(input, at);
  if (issue.code === "custom" && typeof fixParam === "string") {
    // The schema checks sync keys against the fields it accepted; one naming a field whose own name is
    // wrong is reported under fields only.
    const written = valueAt(input, ["fields"]);
    const wrongName = typeof value === "string" && !OOMNITZA_FIELD_NAME.test(value);
    if (at[0] === "syncKeys" && wrongName && isObject(written) && value in written) return [];
    return [{ path: pathText(at), message: issue.message, fix: fixParam }];
  }
  if (at.length === 0) {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => {
        const guess = closestName(key, TOP_KEYS);
        return {
          path: key,
          message: `unknown key "${key}"`,
          fix: guess ? `did you mean "${guess}"?` : `allowed keys: ${TOP_KEYS.slice(1).join(", ")}`,
        };
      });
    return [
      {
        path: "",
        message: "the mapping must be an object with syncKeys, role and fields",
        fix: "start from smartMapping() or the README example",
      },
    ];
  }
  switch (at[0]) {
    case "syncKeys":
      if (at.length === 1)
        return [
          {
            path: "syncKeys",
            message: "syncKeys is missing: the connector could not find existing records",
            fix: "set syncKeys: [email] (ranked; the first is primary)",
          },
        ];
      // A sync key that is no Oomnitza field name is also unmapped (worded by the cross-field rule), or it
      // names a field whose own name is reported under fields.
      return [];
    case "role":
      return [
        value === undefined
          ? {
              path: "role",
              message: "role is missing: Oomnitza needs a role for the users the connector creates",
              fix: "set role to the numeric id of an Oomnitza role (Configuration > Roles), e.g. role: 25",
            }
          : {
              path: "role",
              message: `role must be a numeric Oomnitza role id, got ${describeValue(value)}`,
              fix: "use the role's number, e.g. role: 25, not its name",
            },
      ];
    case "fields":
      return fieldProblems(input, issue, value);
    case "filter":
      return problemsForFilter(input, issue);
    default:
      return [{ path: pathText(at), message: issue.message, fix: "see schema/mapping.schema.json" }];
  }
}

function fieldProblems(input: unknown, issue: Issue & { at: Path }, value: unknown): MappingProblem[] {
  const { at } = issue;
  const path = pathText(at);
  if (at.length === 1)
    return [
      {
        path: "fields",
        message: "fields is missing: nothing would be written",
        fix: "map at least username and email, e.g. fields: { username: email, email: email }",
      },
    ];
  const name = String(at[1]);
  if (issue.code === "invalid_key")
    return [
      {
        path,
        message: `"${name}" is not an Oomnitza field name`,
        fix: "use the field's External ID from the Oomnitza data model (letters, digits, _)",
      },
    ];
  if (at.length === 2) {
    if (typeof value === "string") return [unknownSource(value, path)];
    if (!isObject(value))
      return [
        {
          path,
          message: `expected a Lever field name, { from, transform } or { value }, got ${describeValue(value)}`,
          fix: "write e.g. email, { from: email, transform: lowercase } or { value: Employee }",
        },
      ];
    if ("value" in value)
      return [
        {
          path,
          message: "a constant has only a value",
          fix: "remove the other keys, or use { from, transform }",
        },
      ];
    if (issue.code !== "unrecognized_keys") return [];
    return issue.keys.map((key) => {
      const guess = closestName(key, SOURCE_KEYS);
      return {
        path: `${path}.${key}`,
        message: `unknown key "${key}"`,
        fix: `use from, transform, required${guess ? ` (did you mean "${guess}"?)` : ""}`,
      };
    });
  }
  switch (at[2]) {
    case "value":
      return [
        {
          path,
          message: `a constant must be text, a number, true/false or null, got ${describeValue(value)}`,
          fix: "quote it as text",
        },
      ];
    case "from":
      return value === undefined
        ? [{ path, message: "from is missing", fix: "name the Lever field to read, e.g. from: email" }]
        : [unknownSource(value, path)];
    case "required":
      return [{ path, message: "required must be true or false", fix: "write required: true" }];
    case "transform": {
      const step = typeof at[3] === "number" ? at.slice(0, 4) : at.slice(0, 3);
      return [stepProblem(valueAt(input, step), pathText(step))];
    }
    default:
      return [{ path, message: issue.message, fix: "see schema/mapping.schema.json" }];
  }
}

function unknownSource(field: unknown, path: string): MappingProblem {
  const guess = typeof field === "string" ? closestName(field, SOURCES) : undefined;
  return {
    path,
    message: `unknown Lever field ${describeValue(field)}`,
    fix: `${guess ? `did you mean "${guess}"? ` : ""}use one of: ${SOURCES.join(", ")}`,
  };
}

function stepProblem(step: unknown, path: string): MappingProblem {
  if (typeof step === "string") {
    const guess = closestName(step, transformNames);
    const objectForm = ["map", "default", "concat"].includes(step)
      ? `"${step}" needs options: write { ${step}: ... }. `
      : "";
    return {
      path,
      message: `unknown transform "${step}"`,
      fix: `${objectForm}${guess && !objectForm ? `did you mean "${guess}"? ` : ""}transforms: ${transformNames.join(", ")}`,
    };
  }
  if (!isObject(step))
    return {
      path,
      message: `a transform must be a name or an object, got ${describeValue(step)}`,
      fix: `use one of: ${transformNames.join(", ")}`,
    };
  if ("map" in step)
    return {
      path,
      message: "map needs a table of Lever value → Oomnitza value (and an optional default)",
      fix: 'write { map: { "super admin": Admin }, default: Employee }',
    };
  if ("concat" in step)
    return {
      path,
      message: "concat needs a list of Lever fields or { value: text } parts (and an optional separator)",
      fix: 'write { concat: [jobTitle], separator: " - " }',
    };
  if (Object.keys(step).join(",") === "default")
    return {
      path,
      message: "default must be text, a number, true/false or null",
      fix: "write { default: Employee }",
    };
  const guess = closestName(Object.keys(step)[0] ?? "", transformNames);
  return {
    path,
    message: `unknown transform object with keys ${describeValue(Object.keys(step))}`,
    fix: `${guess ? `did you mean "${guess}"? ` : ""}object transforms: { map }, { default }, { concat }`,
  };
}
