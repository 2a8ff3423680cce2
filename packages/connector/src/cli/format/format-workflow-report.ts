import type { WorkflowRunReport } from "../../workflows/workflow-run-report.js";
import type { Style } from "../create-style.js";
import { formatDegraded } from "./format-degraded.js";
import { formatDuration } from "./format-duration.js";
import { formatOutcome } from "./format-outcome.js";

/** A workflow run report in a few lines: outcome, what was written, failures, where the report is. */
export function formatWorkflowReport(report: WorkflowRunReport, style: Style): string[] {
  const w = report.workflow;
  const lever = w.deactivations.filter((d) => d.lever === "deactivated").length;
  const saas = w.deactivations.filter((d) => d.oomnitza === "deactivated").length;
  const lines = [
    `Workflow ${w.name}: ${formatOutcome(report.outcome, style)} in ${formatDuration(report.durationMs)}`,
  ];
  if (w.baseline) lines.push("  baseline recorded: events fire from the next run on");
  if (w.type === "saas-user-role") lines.push(`  roles written: ${report.counts.saas.roles}`);
  else lines.push(`  Lever users deactivated: ${lever}`);
  lines.push(`  Oomnitza SaaS users deactivated: ${saas}`);
  if (report.safety?.tripped) {
    lines.push(
      style.red(
        `  safety stop: ${report.safety.planned} deactivations over the limit of ${report.safety.limit}; none made`,
      ),
    );
  }
  lines.push(...formatDegraded(report.degraded, style));
  for (const f of report.failures.slice(0, 20))
    lines.push(style.red(`  failed ${f.action} ${f.email ?? f.leverId ?? f.oomnitzaId ?? ""}: ${f.reason}`));
  lines.push(
    `  requests: Lever ${report.requests.lever.requests}, Oomnitza ${report.requests.oomnitza.requests}`,
  );
  if (report.reportPath) lines.push(style.dim(`  report: ${report.reportPath}`));
  return lines;
}
