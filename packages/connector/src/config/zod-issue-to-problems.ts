import { closestName } from "@lever-oomnitza/mapping";
import type * as z from "zod";
import type { ConfigProblem } from "./config-error.js";

/**
 * Turns one zod issue into config problems with a concrete fix (one per unknown key, with the closest
 * allowed key as a "did you mean"; `knownKeys` names the keys allowed at a path).
 */
export function zodIssueToProblems(
  issue: z.core.$ZodIssue,
  knownKeys: (path: readonly PropertyKey[]) => string[] = () => [],
): ConfigProblem[] {
  const path = issue.path.map(String).join(".");
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (path.endsWith("maxDeactivations")) {
    return [
      {
        path,
        message: "must be a count or a percentage.",
        fix: 'use a count such as 10 or a percentage such as "5%".',
      },
    ];
  }
  if (path === "sync.schedule" && issue.code === "custom") {
    return [
      {
        path,
        message: "is not a cron expression.",
        fix: 'write five fields, minute hour day month weekday: "0 2 * * *" is 02:00 every day.',
      },
    ];
  }
  if (path === "oomnitza.maxPerSecond" && issue.code === "custom") {
    return [
      {
        path,
        message: "is set beside rateLimit: a fixed budget does not adapt, so it has no ceiling.",
        fix: "keep one, not both: remove rateLimit to let writes adapt up to maxPerSecond, or remove maxPerSecond to pin the fixed rateLimit.",
      },
    ];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => ({
        path: at(key),
        message: `unknown key "${key}".`,
        fix: unknownKeyFix(key, known),
      }));
    }
    case "invalid_value":
      return [
        {
          path,
          message: `${issue.message}.`,
          fix: `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        },
      ];
    case "invalid_type":
      return [
        {
          path,
          message: issue.input === undefined ? "is required." : `${issue.message}.`,
          fix: `set it to ${withArticle(issue.expected)}${EXAMPLES[issue.expected] ?? ""}.`,
        },
      ];
    case "invalid_union":
      return [{ path, message: "has an unsupported form.", fix: "see the README for the allowed forms." }];
    case "too_small":
      return [{ path, message: `${issue.message}.`, fix: `use at least ${String(issue.minimum)}.` }];
    case "too_big":
      return [{ path, message: `${issue.message}.`, fix: `use at most ${String(issue.maximum)}.` }];
    default:
      return [
        {
          path,
          message: `${issue.message}.`,
          fix: `correct ${path || "the file"}: the README's Config section and the $schema show its form.`,
        },
      ];
  }
}

function unknownKeyFix(key: string, known: string[]): string {
  const guess = closestName(key, known);
  if (guess) return `did you mean "${guess}"?`;
  if (known.length > 0) return `remove it; the keys allowed here are ${known.join(", ")}.`;
  return "remove it or check its spelling against the README (or the $schema in your editor).";
}

const EXAMPLES: Record<string, string> = {
  object: " (keys indented below it, or { key: value })",
  array: " (a list: [a, b] or one '- item' per line)",
  boolean: " (true or false)",
};

function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
