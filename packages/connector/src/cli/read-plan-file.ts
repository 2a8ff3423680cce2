import { readFileSync } from "node:fs";
import { ExitCode } from "../errors/exit-codes.js";
import type { Plan } from "../plan/plan.js";
import { CliError } from "./cli-error.js";

/** Reads a plan saved by `connector plan --out`; the engine then checks it matches the config. */
export function readPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new CliError(
      `Cannot read the plan ${path} (${(err as NodeJS.ErrnoException).code ?? "unreadable"}); nothing was written.`,
      ExitCode.usage,
      "Save one with `connector plan --out plan.json`, then pass --plan plan.json.",
    );
  }
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (err) {
    throw new CliError(
      `${path} is not valid JSON (${(err as Error).message}); nothing was written.`,
      ExitCode.usage,
      "Pass the file written by `connector plan --out`, unedited.",
    );
  }
  if (
    typeof plan !== "object" ||
    plan === null ||
    (plan as { kind?: unknown }).kind !== "lever-oomnitza-plan"
  ) {
    throw new CliError(
      `${path} is not a connector plan; nothing was written.`,
      ExitCode.usage,
      "Pass the file written by `connector plan --out`.",
    );
  }
  return plan as Plan;
}
