import type { RunReport } from "../../types.js";
import type { Style } from "../create-style.js";
import { formatDuration } from "./format-duration.js";
import { formatOutcome } from "./format-outcome.js";

/** How many failures/skips a report lists on screen; the report file holds them all. */
const LIST_LIMIT = 10;

/** The result of a sync: counts, SaaS-user actions, requests, duration, failures, where the report is. */
export function formatReport(r: RunReport, style: Style): string[] {
  const u = r.counts.users;
  const s = r.counts.saas;
  const verb = r.dryRun ? "would be" : "";
  const lines = [
    `${style.bold(r.dryRun ? "Dry run" : "Sync")} ${formatOutcome(r.outcome, style)} in ${formatDuration(r.durationMs)}${verb ? style.dim(" (nothing written)") : ""}`,
    `  People      ${u.create} created · ${u.update} updated · ${u.unchanged} unchanged · ${u.skip} skipped · ${u.conflict} conflicts · ${u.failed} failed`,
    `  SaaS users  ${s.assign} assigned · ${s.externalIds} external ids · ${s.roles} roles · ${s.reactivate} reactivated · ${s.deactivate} deactivated · ${s.failed} failed${s.createApp ? " · app created" : ""}`,
    `  Requests    Lever ${r.requests.lever.requests} · Oomnitza ${r.requests.oomnitza.requests} · ${r.retries} retries · ${r.rateLimited} rate-limited`,
    `  Writes      ${r.counts.writes}`,
  ];
  if (r.safety?.tripped) {
    lines.push(
      style.red(
        `  ✗ Safety stop: ${r.safety.planned} deactivations planned, limit ${r.safety.limit} (${r.safety.maxDeactivations}); none were made.`,
      ),
    );
  }
  if (r.interrupted)
    lines.push(style.yellow("  Interrupted: finished the writes in flight; the next run picks up the rest."));
  if (r.failures.length > 0) {
    lines.push("", style.red(`Failures (${r.failures.length})`));
    for (const f of r.failures.slice(0, LIST_LIMIT)) {
      lines.push(`  ✗ ${f.action} ${f.email ?? f.leverId ?? f.oomnitzaId ?? ""}: ${f.reason}`);
    }
    if (r.failures.length > LIST_LIMIT)
      lines.push(`  … and ${r.failures.length - LIST_LIMIT} more in the report`);
  }
  if (r.error) lines.push(style.red(`  Error: ${r.error.message}`));
  if (r.reportPath) lines.push(style.dim(`Report: ${r.reportPath}`));
  return lines;
}
