import { Cron } from "croner";

/** True when croner (what `connector schedule` runs on) accepts the expression: 5 or 6 fields, names, ranges. */
export function isCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true });
    return true;
  } catch {
    return false;
  }
}
