import { collectValues } from "./collect-values.js";
import { isEmpty } from "./is-empty.js";
import { parseDuration } from "./parse-duration.js";
import { sameValue } from "./same-value.js";
import { toEpochMs } from "./to-epoch-ms.js";

/** A compiled filter: does this record match at time `nowMs`? */
export type RecordPredicate = (record: unknown, nowMs: number) => boolean;

const NEVER: RecordPredicate = () => false;

/**
 * Compiles a rule or `{ all }` / `{ any }` combination into a predicate. Total: a malformed rule never
 * matches (validate config with `ruleSchema` / `validateMapping` to hear about it). `{ all: [] }` matches
 * everything, `{ any: [] }` nothing.
 */
export function compileFilter(filter: unknown): RecordPredicate {
  if (filter === null || typeof filter !== "object") return NEVER;
  const node = filter as Record<string, unknown>;
  if (Array.isArray(node.all)) {
    const parts = node.all.map(compileFilter);
    return (r, now) => parts.every((p) => p(r, now));
  }
  if (Array.isArray(node.any)) {
    const parts = node.any.map(compileFilter);
    return (r, now) => parts.some((p) => p(r, now));
  }
  if (typeof node.field !== "string" || node.field === "") return NEVER;
  const path = node.field;
  const parts = path.split(".");
  const test = compileTest(node.op, node.value);
  if (!test) return NEVER;
  return (record, now) => test(collectValues(record, path, parts), now);
}

type ValuesTest = (values: unknown[], nowMs: number) => boolean;

function compileTest(op: unknown, expected: unknown): ValuesTest | undefined {
  switch (op) {
    case "eq":
      return (values) => values.some((v) => ruleEquals(v, expected));
    case "ne":
      return (values) => !values.some((v) => ruleEquals(v, expected));
    case "in":
      if (!Array.isArray(expected)) return undefined;
      return (values) => values.some((v) => expected.some((e) => ruleEquals(v, e)));
    case "notIn":
      if (!Array.isArray(expected)) return undefined;
      return (values) => !values.some((v) => expected.some((e) => ruleEquals(v, e)));
    case "exists":
      return (values) => values.some((v) => !isEmpty(v));
    case "missing":
      return (values) => values.every(isEmpty);
    case "olderThan":
    case "newerThan":
      return compileAge(op, parseDuration(expected));
    default:
      return undefined;
  }
}

// A missing or unreadable timestamp is neither older nor newer: combine with `missing` to select those.
function compileAge(op: "olderThan" | "newerThan", durationMs: number | undefined): ValuesTest | undefined {
  if (durationMs === undefined) return undefined;
  return (values, now) =>
    values.some((v) => {
      const ms = toEpochMs(v);
      if (ms === undefined || !Number.isFinite(now)) return false;
      return op === "olderThan" ? now - ms > durationMs : now - ms < durationMs;
    });
}

// Rules compare like the diff (25 = "25", emails by case) and also ignore case in any text ("Super Admin").
function ruleEquals(actual: unknown, expected: unknown): boolean {
  if (sameValue(actual, expected)) return true;
  return (
    typeof actual === "string" &&
    typeof expected === "string" &&
    actual.trim().replace(/\s+/g, " ").toLowerCase() === expected.trim().replace(/\s+/g, " ").toLowerCase()
  );
}
