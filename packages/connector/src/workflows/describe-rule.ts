import type { Rule } from "@lever-oomnitza/mapping";

/** One line a person can read: `last_visit olderThan 365d`, `any(user.suspended eq true, …)`. */
export function describeRule(rule: Rule): string {
  if ("all" in rule) return `all(${rule.all.map(describeRule).join(", ")})`;
  if ("any" in rule) return `any(${rule.any.map(describeRule).join(", ")})`;
  if (rule.op === "exists" || rule.op === "missing") return `${rule.field} ${rule.op}`;
  const value = Array.isArray(rule.value) ? `[${rule.value.map(String).join(", ")}]` : String(rule.value);
  return `${rule.field} ${rule.op} ${value}`;
}
