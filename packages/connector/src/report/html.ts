import { escapeHtml } from "./escape-html.js";
import type { ReportTable } from "./report-tables.js";

const BIG_LIST = 500;

/** Small HTML builders shared by the report and plan pages; every value passes through `escapeHtml`. */
export const html = {
  /** A headline number; `id` lands in `data-kpi` so tests and readers can find it. */
  kpi(
    id: string,
    label: string,
    value: number | string,
    o: { tone?: "ok" | "warn" | "bad"; note?: string } = {},
  ) {
    const note = o.note ? `<div class="kpi-note">${escapeHtml(o.note)}</div>` : "";
    const cls = o.tone ? `kpi ${o.tone}` : "kpi";
    return `<div class="${cls}" data-kpi="${escapeHtml(id)}"><div class="kpi-value">${escapeHtml(value)}</div><div class="kpi-label">${escapeHtml(label)}</div>${note}</div>`;
  },
  kpis(items: string[]) {
    return `<div class="kpis">${items.join("")}</div>`;
  },
  /** A server-rendered chart: `points` is how many data points (marks) the SVG draws. */
  figure(id: string, caption: string, svg: string, points: number) {
    return `<figure class="chart" data-chart="${escapeHtml(id)}" data-points="${points}"><figcaption>${escapeHtml(caption)}</figcaption>${svg}</figure>`;
  },
  section(id: string, title: string, lead: string, inner: string) {
    return `<section class="block" id="${escapeHtml(id)}"><h2>${escapeHtml(title)}</h2><p class="lead">${escapeHtml(lead)}</p>${inner}</section>`;
  },
  /** A list view; the page script adds the filter box and sortable headers. */
  table(t: ReportTable) {
    const head = t.columns
      .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}>${escapeHtml(c.label)}</th>`)
      .join("");
    const total = t.columns.reduce((n, c) => n + (c.width ?? 1), 0);
    // Fixed layout from these widths: the browser lays out 10,000 rows without measuring each cell.
    const cols = t.columns
      .map((c) => `<col class="w${Math.round(((c.width ?? 1) / total) * 100)}">`)
      .join("");
    const rows = t.rows
      .map(
        (row) =>
          `<tr>${row.map((cell, i) => (t.columns[i]?.numeric ? `<td class="num">${escapeHtml(cell ?? "—")}</td>` : `<td>${cell === null ? "—" : escapeHtml(cell)}</td>`)).join("")}</tr>`,
      )
      .join("\n");
    const body =
      t.rows.length === 0
        ? `<p class="empty">None.</p>`
        : `<div class="table-wrap"><table class="data" data-table="${escapeHtml(t.id)}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
    // A long list off screen is laid out only when scrolled to: a 10,000-row page opens fast.
    const cls = t.rows.length > BIG_LIST ? "list big" : "list";
    return `<div class="${cls}" id="list-${escapeHtml(t.id)}"><h3>${escapeHtml(t.title)} <span class="count">(${t.rows.length})</span></h3>${body}</div>`;
  },
};
