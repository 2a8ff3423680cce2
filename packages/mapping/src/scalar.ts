/** A value a mapping may write into an Oomnitza field. `null` means "empty". */
export type Scalar = string | number | boolean | null;

/** True for values a record field may hold (string, finite number, boolean, null). */
export function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}
