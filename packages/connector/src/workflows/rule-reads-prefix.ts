import type { Rule } from "@lever-oomnitza/mapping";

/** True when some condition of `rule` reads `prefix` or `prefix.<field>` (e.g. the person as `user.*`). */
export function ruleReadsPrefix(rule: Rule | undefined, prefix: string): boolean {
  if (!rule) return false;
  if ("all" in rule) return rule.all.some((child) => ruleReadsPrefix(child, prefix));
  if ("any" in rule) return rule.any.some((child) => ruleReadsPrefix(child, prefix));
  return rule.field === prefix || rule.field.startsWith(`${prefix}.`);
}
