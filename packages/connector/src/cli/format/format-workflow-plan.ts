import type { WorkflowPlan } from "../../workflows/workflow-plan.js";
import type { Style } from "../create-style.js";
import { formatDegraded } from "./format-degraded.js";

const LIST_LIMIT = 50;

function safetyLine(plan: WorkflowPlan, style: Style): string {
  const t = plan.threshold;
  const base = `Safety: ${t.planned} deactivation${t.planned === 1 ? "" : "s"}, limit ${t.limit} (maxDeactivations ${t.maxDeactivations} of ${t.appUsers} SaaS users)`;
  return t.tripped
    ? style.red(`${base}: OVER THE LIMIT — a run would deactivate nobody and exit 4.`)
    : `${base}.`;
}

function capped<T>(items: T[], line: (item: T) => string, style: Style): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(line);
  if (items.length > LIST_LIMIT)
    lines.push(style.dim(`    … and ${items.length - LIST_LIMIT} more (--json lists all)`));
  return lines;
}

/** A workflow plan for people: who gets which role, who is deactivated and the rule that selected them. */
export function formatWorkflowPlan(plan: WorkflowPlan, style: Style): string[] {
  const lines = [style.bold(`Workflow ${plan.workflow} (${plan.type})`)];
  if (plan.type === "saas-user-role") {
    const c = plan.counts;
    lines.push(
      `${c.saasUsers} SaaS users: ${c.roleWrites} role writes, ${c.rolesUnchanged} unchanged, ${c.deactivations} deactivations, ${c.skipped} skipped`,
    );
    for (const write of plan.roleWrites)
      lines.push(`  set role ${style.cyan(write.role)} on ${write.userIds.length} SaaS user(s)`);
    if (plan.deactivations.length > 0) lines.push("  deactivate in Oomnitza:");
    lines.push(
      ...capped(plan.deactivations, (d) => `    ${d.email ?? d.saasUserId}  ${style.dim(d.reason)}`, style),
    );
  } else {
    const c = plan.counts;
    lines.push(`Trigger: ${plan.trigger}`);
    if (plan.baseline) {
      lines.push(
        style.yellow(
          "First run of an event trigger: no snapshot yet. This run records a baseline and fires for nobody; later runs fire once per new event.",
        ),
      );
    }
    lines.push(
      `${c.saasUsers} SaaS users, ${c.triggered} triggered, ${c.selected} selected by the rule: ${c.deactivations} to deactivate, ${c.alreadyDeactivated} already deactivated, ${c.exempt} exempt, ${c.skipped} skipped`,
    );
    if (plan.deactivations.length > 0)
      lines.push("  deactivate (Lever has no delete; deactivation is its offboarding):");
    lines.push(
      ...capped(
        plan.deactivations,
        (d) =>
          `    ${d.email ?? d.saasUserId} [${d.accessRole}]  ${style.dim(`because ${d.reason}`)}${d.lever === "already-deactivated" ? style.dim(" (Lever: already deactivated)") : ""}${d.oomnitza === "already-deactivated" ? style.dim(" (Oomnitza: already deactivated)") : ""}`,
        style,
      ),
    );
    for (const [title, list] of [
      ["exempt", plan.exempt],
      ["skipped", plan.skipped],
    ] as const) {
      if (list.length > 0) lines.push(`  ${title}:`);
      lines.push(
        ...capped(list, (left) => `    ${left.email ?? left.saasUserId}  ${style.dim(left.reason)}`, style),
      );
    }
  }
  lines.push(safetyLine(plan, style));
  if (plan.type === "saas-user-role") lines.push(...formatDegraded(plan.degraded, style));
  return lines;
}
