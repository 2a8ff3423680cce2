import { escapeHtml } from "./escape-html.js";
import { html } from "./html.js";
import { htmlPage } from "./html-page.js";
import { renderChart } from "./render-chart.js";
import { healthCharts, peopleChart, type ReportChart, seatsChart } from "./report-charts.js";
import type { ReportData } from "./report-data.js";
import { reportTables } from "./report-tables.js";

const when = (iso: string) => `${iso.replace("T", " ").replace(/\.\d+Z$/, "")} UTC`;
const seconds = (ms: number) => `${(Math.round(ms / 100) / 10).toFixed(1)} s`;

async function figures(charts: ReportChart[], cls = "charts"): Promise<string> {
  const out = await Promise.all(
    charts.map(async (c) => html.figure(c.id, c.caption, await renderChart(c.chart), c.chart.points.length)),
  );
  return out.length > 0 ? `<div class="${cls}">${out.join("")}</div>` : "";
}

function outcomeTone(outcome: string): "ok" | "warn" | "bad" {
  return outcome === "ok" ? "ok" : outcome === "failures" || outcome === "interrupted" ? "warn" : "bad";
}

async function healthSection(data: ReportData): Promise<string> {
  const last = data.health.lastSync;
  const [runs] = reportTables(data);
  const kpis = last
    ? `<p class="status" data-last-sync="${escapeHtml(last.startedAt)}">Last sync: <strong>${escapeHtml(when(last.startedAt))}</strong> · ${escapeHtml(last.what)} · run ${escapeHtml(last.runId)}</p>` +
      html.kpis([
        html.kpi("last-sync-outcome", "Outcome", last.outcome, { tone: outcomeTone(last.outcome) }),
        html.kpi("last-sync-writes", "Writes", last.writes),
        html.kpi("last-sync-failures", "Failures", last.failures, last.failures > 0 ? { tone: "bad" } : {}),
        html.kpi("last-sync-duration", "Duration", seconds(last.durationMs)),
        html.kpi("last-sync-requests", "Requests", last.requests),
        html.kpi(
          "last-sync-429s",
          "429 responses",
          last.rateLimited,
          last.rateLimited > 0 ? { tone: "warn" } : {},
        ),
        html.kpi("last-sync-retries", "Retries", last.retries),
      ])
    : `<p class="empty">No sync has run yet: <code>connector sync</code> writes a report for every run.</p>`;
  return html.section(
    "health",
    "Health",
    `Is the nightly sync healthy? The last sync, then the trend over the last ${data.health.runs.length} runs (syncs and workflows).`,
    kpis + (await figures(healthCharts(data), "charts three")) + (runs ? html.table(runs) : ""),
  );
}

async function peopleSection(data: ReportData): Promise<string> {
  const { lever, oomnitza } = data.people;
  const r = data.people.skipReasons;
  const reasons = Object.entries(r)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `<li>${escapeHtml(reason)}: <strong>${n}</strong></li>`)
    .join("");
  return html.section(
    "people",
    "People",
    "Lever's users, and what a sync would do with each of them in Oomnitza right now.",
    html.kpis([
      html.kpi("lever-total", "Lever users", lever.total),
      html.kpi("lever-active", "Active in Lever", lever.active),
      html.kpi("lever-deactivated", "Deactivated in Lever", lever.deactivated),
      html.kpi("oomnitza-people", "Oomnitza people", oomnitza.people),
    ]) +
      html.kpis([
        html.kpi("matched", "Matched", oomnitza.matched, { note: `${oomnitza.unchanged} unchanged` }),
        html.kpi("to-update", "To update", oomnitza.update),
        html.kpi("to-create", "To create", oomnitza.create),
        html.kpi("skipped", "Skipped", oomnitza.skip),
        html.kpi("conflicts", "Conflicts", oomnitza.conflict, oomnitza.conflict > 0 ? { tone: "bad" } : {}),
      ]) +
      (reasons ? `<p>Skipped, by reason:</p><ul class="reasons">${reasons}</ul>` : "") +
      (await figures([peopleChart(data)])),
  );
}

async function seatsSection(data: ReportData): Promise<string> {
  const seats = data.seats;
  if (!seats)
    return html.section("seats", `SaaS seats`, "sync.records is `users`: SaaS users are not read.", "");
  const chart = seatsChart(data);
  const rc = seats.reclaim;
  return html.section(
    "seats",
    `SaaS seats of ${data.saasApp}`,
    `Who holds a seat of the ${data.saasApp} app in Oomnitza, and which seats could be reclaimed: active seats whose Lever user is deactivated or gone, or not seen for more than ${data.staleAfterDays} days.`,
    (seats.appExists
      ? ""
      : `<p class="empty">The app is not in Oomnitza yet: the first sync creates it.</p>`) +
      html.kpis([
        html.kpi("seats-total", "Seats", seats.total),
        html.kpi("seats-active", "Active", seats.active),
        html.kpi("seats-deactivated", "Deactivated", seats.deactivated),
        html.kpi("reclaim-total", "To reclaim", rc.total, rc.total > 0 ? { tone: "warn" } : {}),
      ]) +
      html.kpis([
        html.kpi("reclaim-lever-deactivated", "Lever user deactivated", rc["lever-deactivated"]),
        html.kpi("reclaim-lever-missing", "Lever user gone", rc["lever-missing"]),
        html.kpi("reclaim-stale", `No visit in ${data.staleAfterDays} days`, rc.stale),
      ]) +
      (chart ? await figures([chart]) : ""),
  );
}

/** The report page: Health, People, SaaS seats and every list as a sortable, filterable table. */
export async function renderReportHtml(data: ReportData): Promise<string> {
  const lists = reportTables(data).slice(1);
  const body = [
    await healthSection(data),
    await peopleSection(data),
    await seatsSection(data),
    html.section(
      "lists",
      "List views",
      "Every list behind the numbers above. Click a column to sort; type to filter.",
      lists.map(html.table).join("\n"),
    ),
  ].join("\n");
  return htmlPage({
    title: "Lever → Oomnitza: sync report",
    subtitle: `Generated ${when(data.generatedAt)} · SaaS app ${data.saasApp} · ${data.health.runs.length} runs`,
    nav: [
      { id: "health", label: "Health" },
      { id: "people", label: "People" },
      { id: "seats", label: "SaaS seats" },
      { id: "lists", label: "List views" },
    ],
    body,
  });
}
