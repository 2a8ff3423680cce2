import { compileTransform, stepName, type TransformFn } from "./compile-transform.js";
import { readSource } from "./read-source.js";
import type { Scalar } from "./scalar.js";
import type { FieldSource, TransformStep } from "./types.js";

/** One Oomnitza field's compiled plan: how to read it from a Lever user, and where it came from. */
export interface FieldPlan {
  name: string;
  from: string | null;
  transforms: string[];
  required: boolean;
  read: (user: Record<string, unknown>, syncTimeMs: number | undefined) => Scalar;
}

/** Compiles one validated `fields.<name>` entry into a closure (no per-record interpretation). */
export function compileField(name: string, source: FieldSource, required: boolean): FieldPlan {
  if (typeof source === "string") {
    return { name, from: source, transforms: [], required, read: (u, s) => readSource(u, source, s) };
  }
  if ("value" in source) {
    const constant = source.value;
    return { name, from: null, transforms: [], required, read: () => constant };
  }
  const from = source.from;
  const steps: TransformStep[] =
    source.transform === undefined
      ? []
      : Array.isArray(source.transform)
        ? source.transform
        : [source.transform as TransformStep];
  const fns = steps.map(compileTransform);
  return {
    name,
    from,
    transforms: steps.map(stepName),
    required: required || source.required === true,
    read: chain(from, fns),
  };
}

function chain(from: string, fns: TransformFn[]): FieldPlan["read"] {
  if (fns.length === 0) return (u, s) => readSource(u, from, s);
  if (fns.length === 1) {
    const f = fns[0]!;
    return (u, s) => f(readSource(u, from, s), u, s);
  }
  return (u, s) => {
    let value = readSource(u, from, s);
    for (const f of fns) value = f(value, u, s);
    return value;
  };
}
