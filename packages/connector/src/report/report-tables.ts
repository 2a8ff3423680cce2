import type { NamedRecord, ReportData, SeatRow } from "./report-data.js";

/** A cell of a list view: text, a number, or nothing. */
export type Cell = string | number | null;

/** One list view: what the HTML shows as a sortable table and `--csv` writes as `<id>.csv`. */
export interface ReportTable {
  id: string;
  title: string;
  /** `width`: the column's share of the table width (default 1), for a fixed, fast table layout. */
  columns: Array<{ label: string; numeric?: boolean; width?: number }>;
  rows: Cell[][];
}

const named = (list: NamedRecord[]) => list.map((r) => (r.email ? `${r.email} (${r.id})` : r.id)).join(", ");

const SEAT_COLUMNS = [
  { label: "Email", width: 2.6 },
  { label: "Name", width: 1.8 },
  { label: "Lever role", width: 1.4 },
  { label: "Seat", width: 0.9 },
  { label: "Lever user", width: 1 },
  { label: "Last visit", width: 1 },
  { label: "Reclaim", width: 1.3 },
  { label: "SaaS user id", width: 1 },
];
const seatCells = (s: SeatRow): Cell[] => [
  s.email,
  s.name,
  s.role,
  s.status,
  s.lever,
  s.lastVisit?.slice(0, 10) ?? null,
  s.reclaim,
  s.saasUserId,
];

/** The runs table of the Health section. */
export function runsTable(data: ReportData): ReportTable {
  return {
    id: "runs",
    title: "Runs",
    columns: [
      { label: "Started (UTC)", width: 1.7 },
      { label: "What", width: 1.3 },
      { label: "Outcome" },
      { label: "Writes", numeric: true },
      { label: "Failures", numeric: true },
      { label: "Duration (s)", numeric: true },
      { label: "Requests", numeric: true },
      { label: "429s", numeric: true },
      { label: "Retries", numeric: true },
      { label: "Run id" },
    ],
    rows: data.lists.runs.map((r) => [
      r.startedAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      r.what,
      r.outcome,
      r.writes,
      r.failures,
      Math.round(r.durationMs / 100) / 10,
      r.requests,
      r.rateLimited,
      r.retries,
      r.runId,
    ]),
  };
}

/** Every list of the report, in page order: runs, people to create/update, skips, conflicts, seats. */
export function reportTables(data: ReportData): ReportTable[] {
  const { lists } = data;
  const tables: ReportTable[] = [
    runsTable(data),
    {
      id: "creates",
      title: "People to create",
      columns: [
        { label: "Email", width: 2 },
        { label: "Name", width: 1.5 },
        { label: "Lever id", width: 2 },
      ],
      rows: lists.creates.map((c) => [c.email, c.name, c.leverId]),
    },
    {
      id: "updates",
      title: "People to update",
      columns: [
        { label: "Email" },
        { label: "Changes (from → to)" },
        { label: "Lever id" },
        { label: "Oomnitza id" },
      ],
      rows: lists.updates.map((u) => [u.email, u.changes, u.leverId, u.oomnitzaId]),
    },
    {
      id: "skips",
      title: "Skipped",
      columns: [
        { label: "Email", width: 2 },
        { label: "Reason", width: 1 },
        { label: "Why", width: 3 },
        { label: "Lever id", width: 1.6 },
      ],
      rows: lists.skips.map((s) => [s.email, s.reason, s.message, s.leverId]),
    },
    {
      id: "conflicts",
      title: "Conflicts",
      columns: [
        { label: "Lever user", width: 2 },
        { label: "Oomnitza records", width: 2 },
        { label: "Other Lever users", width: 1.5 },
        { label: "Why", width: 3 },
      ],
      rows: lists.conflicts.map((c) => [
        named([c.leverUser]),
        named(c.oomnitzaRecords),
        named(c.otherLeverUsers),
        c.message,
      ]),
    },
  ];
  if (data.seats) {
    tables.push(
      { id: "reclaim", title: "Seats to reclaim", columns: SEAT_COLUMNS, rows: lists.reclaim.map(seatCells) },
      {
        id: "seats",
        title: `All seats of ${data.saasApp}`,
        columns: SEAT_COLUMNS,
        rows: lists.seats.map(seatCells),
      },
    );
  }
  return tables;
}
