import { closestName } from "./closest-name.js";
import { describeValue } from "./describe-value.js";
import { leverFields, SYNC_TIME } from "./lever-fields.js";
import { isScalar } from "./scalar.js";
import { simpleTransformNames, transformNames } from "./transform-names.js";
import type { MappingProblem } from "./types.js";

const SOURCES: readonly string[] = [...leverFields, SYNC_TIME];
const SOURCE_KEYS = new Set(["from", "transform", "required"]);

/** Problems in one `fields.<name>` entry: unknown Lever fields, unknown transforms, malformed steps. */
export function checkFieldSource(source: unknown, path: string): MappingProblem[] {
  if (typeof source === "string") return checkSourceField(source, path);
  if (source === null || typeof source !== "object" || Array.isArray(source)) {
    return [
      {
        path,
        message: `expected a Lever field name, { from, transform } or { value }, got ${describeValue(source)}`,
        fix: "write e.g. email, { from: email, transform: lowercase } or { value: Employee }",
      },
    ];
  }
  const node = source as Record<string, unknown>;
  if ("value" in node) {
    if (Object.keys(node).length !== 1)
      return [
        {
          path,
          message: "a constant has only a value",
          fix: "remove the other keys, or use { from, transform }",
        },
      ];
    return isScalar(node.value)
      ? []
      : [
          {
            path: `${path}.value`,
            message: `a constant must be text, a number, true/false or null, got ${describeValue(node.value)}`,
            fix: "quote it as text",
          },
        ];
  }
  const out: MappingProblem[] = [];
  for (const key of Object.keys(node)) {
    if (!SOURCE_KEYS.has(key))
      out.push({
        path: `${path}.${key}`,
        message: `unknown key "${key}"`,
        fix: `use from, transform, required${closestName(key, [...SOURCE_KEYS]) ? ` (did you mean "${closestName(key, [...SOURCE_KEYS])}"?)` : ""}`,
      });
  }
  if (!("from" in node))
    out.push({
      path: `${path}.from`,
      message: "from is missing",
      fix: "name the Lever field to read, e.g. from: email",
    });
  else out.push(...checkSourceField(node.from, `${path}.from`));
  if ("required" in node && typeof node.required !== "boolean")
    out.push({
      path: `${path}.required`,
      message: "required must be true or false",
      fix: "write required: true",
    });
  if (node.transform !== undefined) {
    const steps = Array.isArray(node.transform) ? node.transform : [node.transform];
    const stepPath = (i: number) =>
      Array.isArray(node.transform) ? `${path}.transform[${i}]` : `${path}.transform`;
    for (const [i, step] of steps.entries()) out.push(...checkStep(step, stepPath(i)));
  }
  return out;
}

function checkSourceField(field: unknown, path: string): MappingProblem[] {
  if (typeof field === "string" && SOURCES.includes(field)) return [];
  const guess = typeof field === "string" ? closestName(field, SOURCES) : undefined;
  return [
    {
      path,
      message: `unknown Lever field ${describeValue(field)}`,
      fix: `${guess ? `did you mean "${guess}"? ` : ""}use one of: ${SOURCES.join(", ")}`,
    },
  ];
}

function checkStep(step: unknown, path: string): MappingProblem[] {
  if (typeof step === "string") {
    if ((simpleTransformNames as readonly string[]).includes(step)) return [];
    const guess = closestName(step, transformNames);
    const objectForm = ["map", "default", "concat"].includes(step)
      ? `"${step}" needs options: write { ${step}: ... }. `
      : "";
    return [
      {
        path,
        message: `unknown transform "${step}"`,
        fix: `${objectForm}${guess && !objectForm ? `did you mean "${guess}"? ` : ""}transforms: ${transformNames.join(", ")}`,
      },
    ];
  }
  if (step === null || typeof step !== "object" || Array.isArray(step)) {
    return [
      {
        path,
        message: `a transform must be a name or an object, got ${describeValue(step)}`,
        fix: `use one of: ${transformNames.join(", ")}`,
      },
    ];
  }
  const node = step as Record<string, unknown>;
  const keys = Object.keys(node).sort().join(",");
  if ("map" in node) {
    const table = node.map;
    const okTable =
      table !== null &&
      typeof table === "object" &&
      !Array.isArray(table) &&
      Object.values(table).every(isScalar);
    if (
      !okTable ||
      !(keys === "map" || keys === "default,map") ||
      ("default" in node && !isScalar(node.default))
    ) {
      return [
        {
          path,
          message: "map needs a table of Lever value → Oomnitza value (and an optional default)",
          fix: 'write { map: { "super admin": Admin }, default: Employee }',
        },
      ];
    }
    return [];
  }
  if ("concat" in node) {
    const parts = node.concat;
    const okParts =
      Array.isArray(parts) &&
      parts.length > 0 &&
      parts.every(
        (p) =>
          (typeof p === "string" && SOURCES.includes(p)) ||
          (p !== null &&
            typeof p === "object" &&
            typeof (p as { value?: unknown }).value === "string" &&
            Object.keys(p).length === 1),
      );
    const okKeys = keys === "concat" || keys === "concat,separator";
    if (!okParts || !okKeys || ("separator" in node && typeof node.separator !== "string")) {
      return [
        {
          path,
          message: "concat needs a list of Lever fields or { value: text } parts (and an optional separator)",
          fix: 'write { concat: [jobTitle], separator: " - " }',
        },
      ];
    }
    return [];
  }
  if (keys === "default") {
    return isScalar(node.default)
      ? []
      : [
          {
            path,
            message: "default must be text, a number, true/false or null",
            fix: "write { default: Employee }",
          },
        ];
  }
  const guess = closestName(Object.keys(node)[0] ?? "", transformNames);
  return [
    {
      path,
      message: `unknown transform object with keys ${describeValue(Object.keys(node))}`,
      fix: `${guess ? `did you mean "${guess}"? ` : ""}object transforms: { map }, { default }, { concat }`,
    },
  ];
}
