import { matchesRule, type Rule } from "@lever-oomnitza/mapping";

/**
 * The parts of `rule` that select `record`, so a report can say *why* a user was picked:
 * for `{any: [...]}` every matching branch (explained recursively), otherwise the rule itself.
 * Empty when the rule does not match.
 */
export function selectingRules(record: Record<string, unknown>, rule: Rule, now: Date): Rule[] {
  if (!matchesRule(record, rule, now)) return [];
  if ("any" in rule) return rule.any.flatMap((branch) => selectingRules(record, branch, now));
  return [rule];
}
