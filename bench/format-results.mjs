// The printed table of `pnpm bench`: every scenario with its ratios to the minimum and to the bound.

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : a === 0 ? "1.00" : "∞");
const fixed = (n, d = 1) => n.toFixed(d);

/** One row per scenario; ratios are measured ÷ minimum (requests) and wall ÷ bound (time). */
export function formatResults(results) {
  const head = [
    "scenario",
    "wall s",
    "bound s",
    "wall/bound",
    "Lever req",
    "min",
    "ratio",
    "Oomnitza req",
    "min",
    "ratio",
    "429s",
    "writes",
    "CPU s",
    "RSS MB",
  ];
  const rows = results.scenarios.map((s) => [
    s.name,
    fixed(s.wallSeconds),
    fixed(s.boundSeconds),
    ratio(s.wallSeconds, s.boundSeconds),
    String(s.requests.lever),
    String(s.minimumRequests.lever),
    ratio(s.requests.lever, s.minimumRequests.lever),
    String(s.requests.oomnitza),
    String(s.minimumRequests.oomnitza),
    ratio(s.requests.oomnitza, s.minimumRequests.oomnitza),
    String(s.lever429),
    String(s.writes),
    fixed(s.cpuSeconds, 2),
    fixed(s.peakRssMb, 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [
    `${results.machine} · Node ${results.node} · ${results.date}`,
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `mapping (map + diff): ${Math.round(results.mapping.usersPerSecond).toLocaleString("en-US")} users/s`,
  ].join("\n");
}
