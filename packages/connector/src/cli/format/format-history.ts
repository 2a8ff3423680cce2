import type { RunReport } from "../../engine/run-report.js";
import { describeRun } from "../../report/describe-run.js";
import type { Style } from "../create-style.js";
import { formatDuration } from "./format-duration.js";
import { formatOutcome } from "./format-outcome.js";
import { formatTable } from "./format-table.js";

const when = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");

/** What the counting columns count: the SaaS column is per user, so it can exceed the writes column. */
export const HISTORY_LEGEND =
  "saas changes: one per SaaS user and action (assign, external id, role, reactivate, deactivate) plus the app if created; one batched write changes up to 500 · writes: write requests sent, resends included · requests: every request, reads included";

/** The total of the numbers given, or undefined when any is missing. */
function sum(...values: (number | undefined)[]): number | undefined {
  return values.every((v) => typeof v === "number")
    ? (values as number[]).reduce((a, b) => a + b, 0)
    : undefined;
}

const cell = (value: number | undefined) => (typeof value === "number" ? String(value) : "?");

/** Past runs as a table, newest first: when, outcome, what ran, what was written, requests, duration. */
export function formatHistory(reports: RunReport[], style: Style): string[] {
  if (reports.length === 0) return ["No runs yet. `connector sync` writes a report for every run."];
  const rows = reports.map((r) => {
    // Reports are files: one edited by hand or written by another version may lack any part, and one
    // odd file must not hide the rest of the history.
    const counts = (r.counts ?? {}) as Partial<RunReport["counts"]>;
    const u = (counts.users ?? {}) as Partial<RunReport["counts"]["users"]>;
    const saas = (counts.saas ?? {}) as Partial<RunReport["counts"]["saas"]>;
    const requests = (r.requests ?? {}) as Partial<RunReport["requests"]>;
    const saasChanges = sum(
      saas.createApp,
      saas.assign,
      saas.externalIds,
      saas.roles,
      saas.reactivate,
      saas.deactivate,
    );
    return [
      typeof r.startedAt === "string" ? when(r.startedAt) : "?",
      String(r.runId ?? "?"),
      formatOutcome(r.outcome, style) + (r.dryRun ? style.dim(" (dry run)") : ""),
      describeRun(r),
      cell(u.create),
      cell(u.update),
      cell(u.unchanged),
      cell(u.skip),
      cell(u.conflict),
      cell(sum(u.failed, saas.failed)),
      cell(saasChanges),
      cell(counts.writes),
      cell(sum(requests.lever?.requests, requests.oomnitza?.requests)),
      typeof r.durationMs === "number" ? formatDuration(r.durationMs) : "?",
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
