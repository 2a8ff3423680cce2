/** Thrown inside a compiled field plan when a value cannot be transformed; `mapUser` turns it into a reason. */
export class TransformFailure extends Error {
  override name = "TransformFailure";
}
