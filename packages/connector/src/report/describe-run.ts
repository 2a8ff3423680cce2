import type { RunReport } from "../engine/run-report.js";

/** What ran: `sync`, `sync --plan` (a saved plan applied) or `workflow <name>` (workflow reports share the folder). */
export function describeRun(r: RunReport): string {
  const workflow = (r as { workflow?: { name?: unknown } }).workflow;
  if (typeof workflow?.name === "string") return `workflow ${workflow.name}`;
  return r.command === "apply" ? "sync --plan" : r.command;
}
