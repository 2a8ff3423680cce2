import { type CompiledMapping, compileMapping } from "./compile-mapping.js";
import type { Mapping } from "./types.js";

const cache = new WeakMap<object, CompiledMapping>();

/** The compiled form of a mapping object, compiled once and cached (treat mappings as immutable). */
export function compiledFor(mapping: Mapping | CompiledMapping): CompiledMapping {
  if (isCompiled(mapping)) return mapping;
  let compiled = cache.get(mapping);
  if (!compiled) {
    compiled = compileMapping(mapping);
    cache.set(mapping, compiled);
  }
  return compiled;
}

function isCompiled(value: object): value is CompiledMapping {
  return typeof (value as Partial<CompiledMapping>).map === "function" && "provenance" in value;
}
