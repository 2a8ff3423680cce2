import { compileFilter, type RecordPredicate } from "./compile-filter.js";
import type { Rule } from "./rule-schema.js";
import { toMs } from "./to-ms.js";

const cache = new WeakMap<object, RecordPredicate>();

/**
 * Whether any plain record (e.g. an Oomnitza SaaS user) matches a rule: dotted paths (`user.suspended`),
 * text compared trimmed and case-insensitively, 25 = "25", timestamps in seconds or ms (numbers below
 * 1e11 are seconds) or ISO 8601. `now` is epoch ms or a Date (default: the current time).
 * A missing timestamp is neither `olderThan` nor `newerThan`. Never throws; malformed rules never match.
 */
export function matchesRule(record: unknown, rule: Rule, now?: number | Date): boolean {
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
