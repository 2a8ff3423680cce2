/** The shape of a JSON value: types and field names only, never a value. */
export type Shape = string | { array: Shape | null } | { object: Record<string, Shape> } | Shape[];

function merge(a: Shape | null, b: Shape): Shape {
  if (a === null) return b;
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (
    typeof a === "object" &&
    !Array.isArray(a) &&
    "object" in a &&
    typeof b === "object" &&
    !Array.isArray(b) &&
    "object" in b
  ) {
    const fields: Record<string, Shape> = { ...a.object };
    for (const [k, v] of Object.entries(b.object)) fields[k] = k in fields ? merge(fields[k] as Shape, v) : v;
    return { object: fields };
  }
  const variants = [...(Array.isArray(a) ? a : [a]), ...(Array.isArray(b) ? b : [b])];
  const unique = [...new Map(variants.map((v) => [JSON.stringify(v), v])).values()];
  return unique.length === 1 ? (unique[0] as Shape) : unique;
}

/**
 * What a bug report may carry of a response: `"string"`, `"integer"`, `{ object: { email: "string" } }`,
 * `{ array: … }` with every item's shape merged. No value, length or count survives.
 */
export function shapeOf(value: unknown): Shape {
  if (value === null) return "null";
  if (Array.isArray(value))
    return { array: value.reduce<Shape | null>((acc, v) => merge(acc, shapeOf(v)), null) };
  if (typeof value === "object")
    return { object: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)])) };
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
