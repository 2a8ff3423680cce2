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
    ...results.scenarios.filter((s) => s.run === "first-default" || s.run === "adaptive").map(extraLine),
    "",
    `mapping (map + diff): ${Math.round(results.mapping.usersPerSecond).toLocaleString("en-US")} users/s`,
  ].join("\n");
}

/** The default-config scenarios against their targets. */
function extraLine(s) {
  const w = s.writeRate ?? {};
  const rate = `write rate ${w.startPerSecond} → ${w.reachedPerSecond}/s reached, settled ${w.settledPerSecond}/s, achieved ${w.achievedPerSecond}/s, ${w.cutCount} cuts ${JSON.stringify(w.cutReasons ?? {})}`;
  if (s.run === "first-default")
    return `${s.name} (${s.users} users, default config, no Oomnitza limit): ${fixed(s.wallSeconds)} s (target < ${s.targetSeconds} s; latency bound ${fixed(s.boundSeconds)} s) · ${rate}`;
  return `${s.name} (${s.users} users, hidden limit ${s.hiddenLimitPerSecond}/s): settled ${s.settledPerSecond}/s = ${(s.settledShare * 100).toFixed(1)} % of it (target ≥ 85 %) · 429s ${s.oomnitza429} ÷ ${s.oomnitzaWriteRequests} write requests = ${(s.rateLimitedShare * 100).toFixed(2)} % (target ≤ 2 %) · ${s.failedRecords} failed records · wall ÷ bound ${ratio(s.wallSeconds, s.boundSeconds)} · ${rate}`;
}
