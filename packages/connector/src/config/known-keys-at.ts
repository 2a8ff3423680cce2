import type * as z from "zod";

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
type Node = z.ZodType & { _zod: { def: Def & { valueType?: z.ZodType; options?: z.ZodType[] } } };

/**
 * The keys an object schema allows at a dotted config path (`lever` → apiKey, apiKeyFile, …), through
 * defaults, optionals, records (one name per workflow) and unions (every branch's keys); `[]` when none.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const visit = (node: Node, rest: readonly PropertyKey[]) => {
    const def = node._zod.def;
    if (def.innerType) return visit(def.innerType as Node, rest);
    if (def.type === "pipe" && def.in) return visit(def.in as Node, rest);
    if (def.options) {
      for (const option of def.options) visit(option as Node, rest);
      return;
    }
    if (def.type === "record" && def.valueType) {
      if (rest.length > 0) visit(def.valueType as Node, rest.slice(1));
      return;
    }
    if (def.type !== "object" || !def.shape) return;
    if (rest.length === 0) {
      for (const key of Object.keys(def.shape)) if (!key.startsWith("$")) keys.add(key);
      return;
    }
    const child = def.shape[String(rest[0])];
    if (child) visit(child as Node, rest.slice(1));
  };
  visit(schema as Node, path);
  return [...keys];
}
