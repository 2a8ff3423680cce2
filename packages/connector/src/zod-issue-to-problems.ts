import type * as z from "zod";
import type { ConfigProblem } from "./types.js";

/** Turns one zod issue into config problems with a concrete fix (one per unknown key). */
export function zodIssueToProblems(issue: z.core.$ZodIssue): ConfigProblem[] {
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
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: at(key),
        message: `unknown key "${key}".`,
        fix: "remove it or check its spelling against the README (or the $schema in your editor).",
      }));
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
          fix: `set it to a ${issue.expected}.`,
        },
      ];
    case "invalid_union":
      return [{ path, message: "has an unsupported form.", fix: "see the README for the allowed forms." }];
    default:
      return [{ path, message: `${issue.message}.`, fix: "correct the value (see the README)." }];
  }
}
