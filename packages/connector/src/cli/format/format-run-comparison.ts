import type { RunReport } from "../../engine/run-report.js";
import type { Style } from "../create-style.js";
import { formatDuration } from "./format-duration.js";
import { formatTable } from "./format-table.js";

type Row = [label: string, value: (r: RunReport) => string];

const ROWS: Row[] = [
  ["People created", (r) => String(r.counts.users.create)],
  ["People updated", (r) => String(r.counts.users.update)],
  ["People unchanged", (r) => String(r.counts.users.unchanged)],
  ["Skipped", (r) => String(r.counts.users.skip)],
  ["Conflicts", (r) => String(r.counts.users.conflict)],
  ["SaaS users assigned", (r) => String(r.counts.saas.assign)],
  ["SaaS external ids set", (r) => String(r.counts.saas.externalIds)],
  ["SaaS roles set", (r) => String(r.counts.saas.roles)],
  ["SaaS users (de/re)activated", (r) => `${r.counts.saas.deactivate}/${r.counts.saas.reactivate}`],
  ["Failed", (r) => String(r.counts.users.failed + r.counts.saas.failed)],
  ["Writes", (r) => String(r.counts.writes)],
  ["Requests Lever / Oomnitza", (r) => `${r.requests.lever.requests} / ${r.requests.oomnitza.requests}`],
  ["Retries / 429s", (r) => `${r.retries} / ${r.rateLimited}`],
  ["Duration", (r) => formatDuration(r.durationMs)],
];

/** Runs side by side, one column each (the demo's "first sync, then a rerun that writes nothing"). */
export function formatRunComparison(runs: RunReport[], titles: string[], style: Style): string[] {
  const rows = ROWS.map(([label, value]) => [label, ...runs.map(value)]);
  const [head, ...body] = formatTable(
    [{ header: "" }, ...titles.map((t) => ({ header: t, align: "right" as const }))],
    rows,
  );
  return [style.bold(head ?? ""), ...body];
}
