import type { RunReport } from "../../types.js";
import type { Style } from "../create-style.js";
import { formatDuration } from "./format-duration.js";
import { formatOutcome } from "./format-outcome.js";
import { formatTable } from "./format-table.js";

const when = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");

/** What ran: `sync`, `sync --plan` (a saved plan applied) or `workflow <name>` (issue 9's reports share the folder). */
function what(r: RunReport): string {
  const workflow = (r as { workflow?: { name?: unknown } }).workflow;
  if (typeof workflow?.name === "string") return `workflow ${workflow.name}`;
  return r.command === "apply" ? "sync --plan" : r.command;
}

/** What the counting columns count: the SaaS column is per user, so it can exceed the writes column. */
export const HISTORY_LEGEND =
  "saas changes: one per SaaS user and action (assign, external id, role, reactivate, deactivate) plus the app if created; one batched write changes up to 500 · writes: write requests sent, resends included · requests: every request, reads included";

/** Past runs as a table, newest first: when, outcome, what ran, what was written, requests, duration. */
export function formatHistory(reports: RunReport[], style: Style): string[] {
  if (reports.length === 0) return ["No runs yet. `connector sync` writes a report for every run."];
  const rows = reports.map((r) => {
    const u = r.counts.users;
    const saasChanges =
      r.counts.saas.createApp +
      r.counts.saas.assign +
      r.counts.saas.externalIds +
      r.counts.saas.roles +
      r.counts.saas.reactivate +
      r.counts.saas.deactivate;
    return [
      when(r.startedAt),
      r.runId,
      formatOutcome(r.outcome, style) + (r.dryRun ? style.dim(" (dry run)") : ""),
      what(r),
      String(u.create),
      String(u.update),
      String(u.unchanged),
      String(u.skip),
      String(u.conflict),
      String(u.failed + r.counts.saas.failed),
      String(saasChanges),
      String(r.counts.writes),
      String(r.requests.lever.requests + r.requests.oomnitza.requests),
      formatDuration(r.durationMs),
    ];
  });
  return formatTable(
    [
      { header: "started (UTC)" },
      { header: "run" },
      { header: "outcome" },
      { header: "command" },
      { header: "created", align: "right" },
      { header: "updated", align: "right" },
      { header: "unchanged", align: "right" },
      { header: "skipped", align: "right" },
      { header: "conflicts", align: "right" },
      { header: "failed", align: "right" },
      { header: "saas changes", align: "right" },
      { header: "writes", align: "right" },
      { header: "requests", align: "right" },
      { header: "duration", align: "right" },
    ],
    rows,
  );
}
