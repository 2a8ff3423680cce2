import type { PlannedSources } from "../engine/read-and-plan.js";
import { buildReportData } from "./build-report-data.js";
import { escapeHtml } from "./escape-html.js";
import { formatValue } from "./format-value.js";
import { html } from "./html.js";
import { htmlPage } from "./html-page.js";
import { renderChart } from "./render-chart.js";
import { peopleChart } from "./report-charts.js";
import { type ReportTable, reportTables } from "./report-tables.js";

const when = (iso: string) => `${iso.replace("T", " ").replace(/\.\d+Z$/, "")} UTC`;

/** Every field change of every update, one row each. */
function updatesTable({ plan, sources }: PlannedSources): ReportTable {
  const emailOf = new Map(sources.leverUsers.map((l) => [l.id, l.email]));
  return {
    id: "updates",
    title: "Updates (field from → to)",
    columns: [
      { label: "Email", width: 2 },
      { label: "Field", width: 1.2 },
      { label: "From → to", width: 3 },
      { label: "Lever id", width: 1.6 },
      { label: "Oomnitza id", width: 1.6 },
    ],
    rows: plan.users.flatMap((a) =>
      a.action === "update"
        ? a.changes.map((c) => [
            a.email ?? emailOf.get(a.leverId) ?? null,
            c.field,
            `${formatValue(c.from, 200)} → ${formatValue(c.to, 200)}`,
            a.leverId,
            a.oomnitzaId,
          ])
        : [],
    ),
  };
}

/** SaaS users the plan deactivates, by email. */
function deactivationsTable({ plan, sources }: PlannedSources): ReportTable {
  const seatEmail = new Map((sources.saas?.users ?? []).map((s) => [s.saas_user_id, s.email ?? null]));
  const leverEmail = new Map(sources.leverUsers.map((l) => [l.id, l.email]));
  return {
    id: "deactivations",
    title: "SaaS users to deactivate",
    columns: [
      { label: "Email", width: 2 },
      { label: "Reason", width: 1.4 },
      { label: "Lever id", width: 1.6 },
      { label: "SaaS user id", width: 1 },
    ],
    rows: (plan.saas?.deactivate ?? []).map((d) => [
      seatEmail.get(d.saasUserId) ?? (d.leverId ? leverEmail.get(d.leverId) : undefined) ?? null,
      d.reason === "lever-missing" ? "Lever user gone" : "Lever user deactivated",
      d.leverId ?? null,
      d.saasUserId,
    ]),
  };
}

function saasSection(planned: PlannedSources): string {
  const saas = planned.plan.saas;
  if (!saas) return html.section("saas", "SaaS users", "sync.records is `users`: no SaaS-user action.", "");
  const s = planned.plan.summary.saas;
  const safety = saas.safety;
  const limit = `${safety.planned} planned; the limit is ${safety.limit} (saas.maxDeactivations ${safety.maxDeactivations} of ${safety.appUsers} SaaS users)`;
  const notice = safety.tripped
    ? `<div class="notice bad" data-safety="tripped"><strong>The safety limit trips:</strong> ${escapeHtml(limit)}. No SaaS user will be deactivated, and the run exits 4.</div>`
    : `<div class="notice ok" data-safety="ok"><strong>Within the safety limit:</strong> ${escapeHtml(limit)}.</div>`;
  const roles = saas.roles
    .map((r) => `<li>${escapeHtml(r.role)}: <strong>${r.users.length}</strong></li>`)
    .join("");
  return html.section(
    "saas",
    `SaaS users of ${saas.app.name}`,
    saas.app.action === "create"
      ? "The app is not in Oomnitza yet: the sync creates it first."
      : "The app exists in Oomnitza.",
    html.kpis([
      html.kpi("saas-assign", "Assign", s.assign),
      html.kpi("saas-external-ids", "Set Lever id", s.externalIds),
      html.kpi("saas-roles", "Set role", s.roles),
      html.kpi("saas-reactivate", "Reactivate", s.reactivate),
      html.kpi("saas-deactivate", "Deactivate", s.deactivate, s.deactivate > 0 ? { tone: "warn" } : {}),
    ]) +
      notice +
      (roles ? `<p>Roles to set, by Lever role:</p><ul class="reasons">${roles}</ul>` : "") +
      html.table(deactivationsTable(planned)),
  );
}

/** The plan as a review page: counts, every update as `from → to`, creates, skips, conflicts, SaaS deactivations. */
export async function renderPlanHtml(planned: PlannedSources): Promise<string> {
  const { plan } = planned;
  const data = buildReportData({ ...planned, runs: [], now: new Date(plan.createdAt), staleAfterDays: 0 });
  const tables = new Map(reportTables(data).map((t) => [t.id, t]));
  const u = plan.summary.users;
  const chart = peopleChart(data);
  const counts = html.section(
    "summary",
    "Summary",
    `What a sync would do now, from ${plan.source.leverUsers} Lever users, ${plan.source.oomnitzaUsers} Oomnitza people and ${plan.source.saasUsers} SaaS users. Nothing has been written.`,
    html.kpis([
      html.kpi("plan-create", "Create", u.create),
      html.kpi("plan-update", "Update", u.update),
      html.kpi("plan-unchanged", "Unchanged", u.unchanged),
      html.kpi("plan-skip", "Skip", u.skip),
      html.kpi("plan-conflict", "Conflict", u.conflict, u.conflict > 0 ? { tone: "bad" } : {}),
      html.kpi("plan-writes", "Writes", plan.summary.writes),
    ]) +
      `<div class="charts">${html.figure(chart.id, "Planned actions for Lever users", await renderChart(chart.chart), chart.chart.points.length)}</div>`,
  );
  const people = html.section(
    "people",
    "People",
    "Every planned write and every Lever user left alone, with the reason.",
    [updatesTable(planned), tables.get("creates"), tables.get("skips"), tables.get("conflicts")]
      .filter((t): t is ReportTable => t !== undefined)
      .map(html.table)
      .join("\n"),
  );
  return htmlPage({
    title: "Lever → Oomnitza: plan for review",
    subtitle: `Planned ${when(plan.createdAt)} · ${plan.settings.records} · ${plan.settings.preference} · config ${plan.configFingerprint.slice(0, 12)}`,
    nav: [
      { id: "summary", label: "Summary" },
      { id: "people", label: "People" },
      { id: "saas", label: "SaaS users" },
    ],
    body: [counts, people, saasSection(planned)].join("\n"),
  });
}
