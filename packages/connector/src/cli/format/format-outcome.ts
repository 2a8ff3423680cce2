import type { RunOutcome } from "../../engine/run-report.js";
import type { Style } from "../create-style.js";

const LABELS: Record<RunOutcome, string> = {
  ok: "ok",
  failures: "failures",
  "safety-tripped": "safety stop",
  interrupted: "interrupted",
  error: "error",
};

/** A run outcome as a short coloured word. */
export function formatOutcome(outcome: RunOutcome, style: Style): string {
  const label = LABELS[outcome] ?? outcome;
  if (outcome === "ok") return style.green(label);
  if (outcome === "failures" || outcome === "interrupted") return style.yellow(label);
  return style.red(label);
}
