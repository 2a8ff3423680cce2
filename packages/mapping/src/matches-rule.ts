import { compileFilter, type RecordPredicate } from "./compile-filter.js";
import type { Rule } from "./rule-schema.js";
import { toMs } from "./to-ms.js";

const cache = new WeakMap<object, RecordPredicate>();

/**
 * Whether any plain record (e.g. an Oomnitza SaaS user) matches a rule: dotted paths (`user.suspended`),
 * text compared trimmed and case-insensitively, 25 = "25", timestamps in seconds or ms (numbers below
 * 1e11 are seconds) or ISO 8601. `now` is epoch ms or a Date (default: the current time).
 * A missing timestamp is neither `olderThan` nor `newerThan`. No rule (`undefined`, e.g. a mapping without
 * a `filter`) matches every record. Never throws; malformed rules never match.
 * For many records under one mapping, `compileMapping(mapping).matches` does the same without the lookup.
 */
export function matchesRule(record: unknown, rule: Rule | undefined, now?: number | Date): boolean {
  if (rule === undefined) return true;
  const nowMs = toMs(now) ?? Date.now();
  if (rule === null || typeof rule !== "object") return false;
  let predicate = cache.get(rule);
  if (!predicate) {
    predicate = compileFilter(rule);
    cache.set(rule, predicate);
  }
  try {
    return predicate(record, nowMs);
  } catch {
    return false;
  }
}
