/** Transforms that take no options and may be written as a bare name, e.g. `transform: lowercase`. */
export const simpleTransformNames = [
  "lowercase",
  "trim",
  "first-name",
  "last-name",
  "unix-seconds",
  "iso-date",
  "email-local-part",
] as const;

/** Every transform name, including the ones written as objects (`{ map }`, `{ default }`, `{ concat }`). */
export const transformNames = [...simpleTransformNames, "map", "default", "concat"] as const;

/** A transform that needs no options. */
export type SimpleTransformName = (typeof simpleTransformNames)[number];

/** Any transform name. */
export type TransformName = (typeof transformNames)[number];
