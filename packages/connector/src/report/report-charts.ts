import type { Chart, ChartPoint } from "./render-chart.js";
import type { ReportData } from "./report-data.js";

/** A chart of the report with its place on the page. */
export interface ReportChart {
  id: string;
  caption: string;
  chart: Chart;
}

export const COLORS = {
  blue: "#2563eb",
  red: "#dc2626",
  amber: "#d97706",
  green: "#16a34a",
  slate: "#94a3b8",
  violet: "#7c3aed",
};

/** Oldest → newest, labelled `#n MM-DD HH:mm` so two runs in the same minute stay two bars. */
function runLabels(data: ReportData): Array<{ label: string; run: ReportData["lists"]["runs"][number] }> {
  return [...data.health.runs].reverse().map((run, i) => ({
    label: `#${i + 1} ${run.startedAt.slice(5, 16).replace("T", " ")}`,
    run,
  }));
}

/** The Health trend charts (empty when there is no run yet). */
export function healthCharts(data: ReportData): ReportChart[] {
  const runs = runLabels(data);
  if (runs.length === 0) return [];
  const xOrder = runs.map((r) => r.label);
  const points = (pick: (r: (typeof runs)[number]["run"]) => Record<string, number>): ChartPoint[] =>
    runs.flatMap(({ label, run }) =>
      Object.entries(pick(run)).map(([series, value]) => ({ x: label, series, value })),
    );
  return [
    {
      id: "writes",
      caption: "Writes and failures per run",
      chart: {
        kind: "bar",
        xTitle: "run (oldest → newest)",
        width: 290,
        height: 170,
        yTitle: "records",
        xOrder,
        series: [
          { name: "writes", color: COLORS.blue },
          { name: "failures", color: COLORS.red },
        ],
        points: points((r) => ({ writes: r.writes, failures: r.failures })),
      },
    },
    {
      id: "requests",
      caption: "Requests, retries and 429s per run",
      chart: {
        kind: "line",
        xTitle: "run (oldest → newest)",
        width: 290,
        height: 170,
        yTitle: "requests",
        xOrder,
        series: [
          { name: "requests", color: COLORS.blue },
          { name: "retries", color: COLORS.amber },
          { name: "429s", color: COLORS.red },
        ],
        points: points((r) => ({ requests: r.requests, retries: r.retries, "429s": r.rateLimited })),
      },
    },
    {
      id: "duration",
      caption: "Duration per run (seconds)",
      chart: {
        kind: "bar",
        xTitle: "run (oldest → newest)",
        width: 290,
        height: 170,
        yTitle: "seconds",
        xOrder,
        series: [{ name: "duration", color: COLORS.violet }],
        points: points((r) => ({ duration: Math.round(r.durationMs / 100) / 10 })),
      },
    },
  ];
}

/** Where each Lever user stands in Oomnitza. */
export function peopleChart(data: ReportData): ReportChart {
  const o = data.people.oomnitza;
  const bars: Array<[string, number, string]> = [
    ["unchanged", o.unchanged, COLORS.green],
    ["to update", o.update, COLORS.blue],
    ["to create", o.create, COLORS.violet],
    ["skipped", o.skip, COLORS.slate],
    ["conflicts", o.conflict, COLORS.red],
  ];
  return {
    id: "people",
    caption: "Lever users in Oomnitza",
    chart: {
      kind: "bar",
      xTitle: "",
      yTitle: "Lever users",
      legend: false,
      series: bars.map(([name, , color]) => ({ name, color })),
      points: bars.map(([name, value]) => ({ x: name, series: name, value })),
    },
  };
}

/** Seats of the Lever app by Lever role, active and deactivated stacked. */
export function seatsChart(data: ReportData): ReportChart | null {
  if (!data.seats || data.seats.byRole.length === 0) return null;
  return {
    id: "seats",
    caption: `Seats of ${data.saasApp} by Lever role`,
    chart: {
      kind: "bar",
      xTitle: "Lever role",
      yTitle: "seats",
      series: [
        { name: "active", color: COLORS.blue },
        { name: "deactivated", color: COLORS.slate },
      ],
      points: data.seats.byRole.flatMap((r) => [
        { x: r.role, series: "active", value: r.active },
        { x: r.role, series: "deactivated", value: r.deactivated },
      ]),
    },
  };
}
