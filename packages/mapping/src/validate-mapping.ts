import { checkFieldSource } from "./check-field-source.js";
import { checkFilter } from "./check-filter.js";
import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { mappingSchema } from "./mapping-schema.js";
import type { Mapping, MappingProblem } from "./types.js";

/** Result of `validateMapping`: `ready` (usable `mapping`, no problems) or `draft` (problems to fix). */
export type MappingValidation =
  | { status: "ready"; mapping: Mapping; problems: [] }
  | { status: "draft"; mapping?: undefined; problems: MappingProblem[] };

const TOP_KEYS = ["$schema", "syncKeys", "role", "fields", "filter"];
const FIELD_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Checks a mapping as written in config. Draft when a mandatory item is missing (username, email, role,
 * a sync key) or anything is wrong; every problem has a path and a fix. Never throws.
 */
export function validateMapping(input: unknown): MappingValidation {
  let problems: MappingProblem[];
  try {
    problems = collectProblems(input);
  } catch (error) {
    problems = [
      {
        path: "",
        message: `the mapping could not be read (${describeValue(String(error))})`,
        fix: "write the mapping as plain YAML/JSON data",
      },
    ];
  }
  if (problems.length > 0) return { status: "draft", problems };
  const parsed = mappingSchema.safeParse(input);
  if (!parsed.success) {
    // Backstop: the hand-written checks above should already have named every problem.
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.join("."),
      message: i.message,
      fix: "see schema/mapping.schema.json",
    }));
    return { status: "draft", problems: issues };
  }
  return { status: "ready", mapping: parsed.data, problems: [] };
}

function collectProblems(input: unknown): MappingProblem[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return [
      {
        path: "",
        message: "the mapping must be an object with syncKeys, role and fields",
        fix: "start from smartMapping() or the README example",
      },
    ];
  }
  const m = input as Record<string, unknown>;
  const out: MappingProblem[] = [];
  for (const key of Object.keys(m)) {
    if (TOP_KEYS.includes(key)) continue;
    const guess = closestName(key, TOP_KEYS);
    out.push({
      path: key,
      message: `unknown key "${key}"`,
      fix: guess ? `did you mean "${guess}"?` : `allowed keys: ${TOP_KEYS.slice(1).join(", ")}`,
    });
  }
  const fields = checkFields(m.fields, out);
  checkRole(m.role, out);
  checkSyncKeys(m.syncKeys, fields, out);
  if (m.filter !== undefined) out.push(...checkFilter(m.filter, "filter"));
  return out;
}

function checkFields(fields: unknown, out: MappingProblem[]): string[] {
  if (fields === undefined || fields === null || typeof fields !== "object" || Array.isArray(fields)) {
    out.push({
      path: "fields",
      message: "fields is missing: nothing would be written",
      fix: "map at least username and email, e.g. fields: { username: email, email: email }",
    });
    return [];
  }
  const names = Object.keys(fields);
  for (const name of names) {
    if (!FIELD_NAME.test(name))
      out.push({
        path: `fields.${name}`,
        message: `"${name}" is not an Oomnitza field name`,
        fix: "use the field's External ID from the Oomnitza data model (letters, digits, _)",
      });
    if (name === "role")
      out.push({
        path: "fields.role",
        message: "role is not mapped per user: it is the role new users get",
        fix: "remove fields.role and set mapping.role to the numeric role id",
      });
    else out.push(...checkFieldSource((fields as Record<string, unknown>)[name], `fields.${name}`));
  }
  for (const required of ["username", "email"]) {
    if (!names.includes(required))
      out.push({
        path: `fields.${required}`,
        message: `${required} is not mapped: Oomnitza requires it on every user`,
        fix: `add ${required}: email`,
      });
  }
  return names;
}

function checkRole(role: unknown, out: MappingProblem[]): void {
  if (role === undefined) {
    out.push({
      path: "role",
      message: "role is missing: Oomnitza needs a role for the users the connector creates",
      fix: "set role to the numeric id of an Oomnitza role (Configuration > Roles), e.g. role: 25",
    });
  } else if (typeof role !== "number" || !Number.isInteger(role) || role <= 0) {
    out.push({
      path: "role",
      message: `role must be a numeric Oomnitza role id, got ${describeValue(role)}`,
      fix: "use the role's number, e.g. role: 25, not its name",
    });
  }
}

function checkSyncKeys(keys: unknown, fields: string[], out: MappingProblem[]): void {
  if (!Array.isArray(keys) || keys.length === 0) {
    out.push({
      path: "syncKeys",
      message: "syncKeys is missing: the connector could not find existing records",
      fix: "set syncKeys: [email] (ranked; the first is primary)",
    });
    return;
  }
  keys.forEach((key, i) => {
    if (typeof key !== "string" || !fields.includes(key)) {
      const guess = typeof key === "string" ? closestName(key, fields) : undefined;
      out.push({
        path: `syncKeys[${i}]`,
        message: `sync key ${describeValue(key)} is not mapped`,
        fix: guess
          ? `did you mean "${guess}"? Or map it under fields`
          : "map it under fields, or remove it from syncKeys",
      });
    } else if (keys.indexOf(key) !== i) {
      out.push({
        path: `syncKeys[${i}]`,
        message: `sync key "${key}" is listed twice`,
        fix: "list each key once",
      });
    }
  });
}
