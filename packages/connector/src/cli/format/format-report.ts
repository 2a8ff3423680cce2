import type { RunIssue, RunReport } from "../../engine/run-report.js";
import type { PlanSummary } from "../../plan/plan.js";
import type { Style } from "../create-style.js";
import { formatDegraded } from "./format-degraded.js";
import { formatDuration } from "./format-duration.js";
import { formatOutcome } from "./format-outcome.js";
import { formatUpdateStop } from "./format-update-stop.js";
import { formatWriteRate } from "./format-write-rate.js";

/** How many failures/skips a report lists on screen; the report file holds them all. */
const LIST_LIMIT = 10;

/** Failures or skips (conflicts included) with their reasons, the first few; the report file holds them all. */
function listIssues(title: string, issues: RunIssue[], mark: string): string[] {
  if (issues.length === 0) return [];
  const lines = ["", title];
  for (const i of issues.slice(0, LIST_LIMIT)) {
    const kind = i.kind && i.kind !== i.action ? ` [${i.kind}]` : "";
    lines.push(`  ${mark} ${i.action}${kind} ${i.email ?? i.leverId ?? i.oomnitzaId ?? ""}: ${i.reason}`);
  }
  if (issues.length > LIST_LIMIT) lines.push(`  … and ${issues.length - LIST_LIMIT} more in the report`);
  return lines;
}

/**
 * The result of a sync: counts, SaaS-user actions, requests, duration, failures, where the report is.
 * A run's `error` is not repeated here: the sync command prints it on stderr with its fix.
 */
export function formatReport(r: RunReport, style: Style): string[] {
  // A dry run writes nothing, so its counts are all zero: show what the plan would do instead.
  if (r.dryRun && r.planned) return formatDryRun(r, r.planned, style);
  const u = r.counts.users;
  const s = r.counts.saas;
  const lines = [
    `${style.bold("Sync")} ${formatOutcome(r.outcome, style)} in ${formatDuration(r.durationMs)}`,
    `  People      ${u.create} created · ${u.update} updated · ${u.unchanged} unchanged · ${u.skip} skipped · ${u.conflict} conflicts · ${u.failed} failed`,
    `  SaaS users  ${s.assign} assigned · ${s.externalIds} external ids · ${s.roles} roles · ${s.reactivate} reactivated · ${s.deactivate} deactivated · ${s.failed} failed${s.createApp ? " · app created" : ""}`,
    `  Requests    Lever ${r.requests.lever.requests} · Oomnitza ${r.requests.oomnitza.requests} · ${r.retries} retries · ${r.rateLimited} rate-limited`,
    `  Writes      ${r.counts.writes}`,
  ];
  const writeRate = r.counts.writes > 0 ? formatWriteRate(r.writeRate) : undefined;
  if (writeRate) lines.push(`  Write rate  ${writeRate}`);
  if (r.counts.saas.inPlace > 0)
    lines.push(`  In place    ${r.counts.saas.inPlace} saved SaaS actions already done, skipped`);
  if (r.updates?.tripped) lines.push(style.red(`  ${formatUpdateStop(r.updates)}`));
  if (r.safety?.tripped && !r.updates?.tripped) {
    lines.push(
      style.red(
        `  ✗ Safety stop: ${r.safety.planned} deactivations planned, limit ${r.safety.limit} (${r.safety.maxDeactivations}); none were made.`,
      ),
    );
  }
  lines.push(...formatDegraded(r.degraded, style));
  if (r.interrupted)
    lines.push(style.yellow("  Interrupted: finished the writes in flight; the next run picks up the rest."));
  lines.push(...listIssues(style.red(`Failures (${r.failures.length})`), r.failures, "✗"));
  lines.push(...listIssues(style.yellow(`Skipped or conflicting (${r.skips.length})`), r.skips, "-"));
  if (r.reportPath) lines.push(style.dim(`Report: ${r.reportPath}`));
  return lines;
}

/** A dry run: what a sync would write now (the plan's counts), and what reading it cost. */
function formatDryRun(r: RunReport, p: PlanSummary, style: Style): string[] {
  const u = p.users;
  const s = p.saas;
  // The summary counts what the plan proposes; a tripped safety stop means none of it would happen.
  const deactivate = r.safety?.tripped
    ? `deactivate 0 (${s.deactivate} blocked)`
    : `deactivate ${s.deactivate}`;
  const lines = [
    `${style.bold("Dry run")} ${formatOutcome(r.outcome, style)} in ${formatDuration(r.durationMs)}${style.dim(" (nothing written)")}`,
    `  People      would create ${u.create} · update ${u.update} · ${u.unchanged} unchanged · ${u.skip} skipped · ${u.conflict} conflicts`,
    `  SaaS users  would assign ${s.assign} · set ${s.externalIds} external ids · ${s.roles} roles · reactivate ${s.reactivate} · ${deactivate}${s.createApp ? " · create the app" : ""}`,
    `  Requests    Lever ${r.requests.lever.requests} · Oomnitza ${r.requests.oomnitza.requests} · ${r.retries} retries · ${r.rateLimited} rate-limited`,
    `  Writes      ${p.writes} planned, 0 made`,
  ];
  if (r.updates?.tripped) lines.push(style.red(`  ${formatUpdateStop(r.updates)}`));
  if (r.safety?.tripped) {
    lines.push(
      style.red(
        `  ✗ Safety stop: ${r.safety.planned} deactivations planned, limit ${r.safety.limit} (${r.safety.maxDeactivations}); a sync would make none.`,
      ),
    );
  }
  lines.push(...formatDegraded(r.degraded, style));
  lines.push(...listIssues(style.yellow(`Skipped or conflicting (${r.skips.length})`), r.skips, "-"));
  return lines;
}
