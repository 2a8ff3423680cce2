// Column widths as classes (`<col class="w25">`): the CSP allows no style attribute.
const COLUMN_WIDTHS = Array.from({ length: 100 }, (_, i) => `col.w${i + 1}{width:${i + 1}%}`).join("");

/** The pages' one stylesheet (inline, allowed by its hash in the page's Content-Security-Policy). */
export const PAGE_STYLE = `${COLUMN_WIDTHS}
:root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--soft:#f8fafc;--accent:#2563eb;--ok:#15803d;--warn:#b45309;--bad:#b91c1c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#f1f5f9}
header.top{background:#0f172a;color:#f8fafc;padding:28px 0 24px}
header.top .wrap>p{margin:4px 0 0;color:#cbd5e1}
header.top h1{margin:0;font-size:24px;font-weight:650;letter-spacing:-.01em}
header.top nav{margin-top:14px;display:flex;gap:18px;flex-wrap:wrap}
header.top nav a{color:#93c5fd;text-decoration:none;font-weight:500}
.wrap{max-width:1120px;margin:0 auto;padding:0 24px}
main.wrap{padding-top:8px;padding-bottom:48px}
section.block{background:#fff;border:1px solid var(--line);border-radius:10px;padding:22px 24px;margin:22px 0;box-shadow:0 1px 2px rgba(15,23,42,.04)}
h2{margin:0 0 4px;font-size:19px;font-weight:650}
h3{margin:22px 0 8px;font-size:15px;font-weight:600}
p.lead{margin:0 0 16px;color:var(--muted)}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(128px,1fr));gap:12px;margin:14px 0}
.kpi{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--soft)}
.kpi-value{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.2}
.kpi-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.kpi-note{color:var(--muted);font-size:12px}
.kpi.bad .kpi-value{color:var(--bad)}.kpi.warn .kpi-value{color:var(--warn)}.kpi.ok .kpi-value{color:var(--ok)}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600;background:#e2e8f0;color:#334155}
.badge.ok{background:#dcfce7;color:var(--ok)}.badge.bad{background:#fee2e2;color:var(--bad)}.badge.warn{background:#fef3c7;color:var(--warn)}
.notice{border-radius:8px;padding:12px 14px;margin:14px 0;border:1px solid}
.notice.bad{background:#fef2f2;border-color:#fecaca;color:#7f1d1d}.notice.ok{background:#f0fdf4;border-color:#bbf7d0;color:#14532d}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px;margin:16px 0}
figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:12px 12px 6px;background:#fff;break-inside:avoid}
.charts.three{grid-template-columns:repeat(auto-fit,minmax(320px,1fr))}
p.status{margin:0 0 4px;font-size:15px}
figure.chart figcaption{font-weight:600;font-size:13px;margin:0 0 6px}
figure.chart svg{display:block;max-width:100%;height:auto;margin:0 auto}
ul.reasons{margin:6px 0 0;padding-left:18px;color:#334155}
.list{margin-top:18px}
.list.big{content-visibility:auto;contain-intrinsic-size:auto 520px}
.list h3 .count{color:var(--muted);font-weight:500}
.controls{display:flex;align-items:center;gap:10px;margin:6px 0 8px}
.controls input{font:inherit;padding:6px 10px;border:1px solid #cbd5e1;border-radius:6px;min-width:260px}
.controls .rows{color:var(--muted);font-size:12px}
.controls .more{font:inherit;font-size:12px;padding:4px 10px;border:1px solid #cbd5e1;border-radius:6px;background:#fff;cursor:pointer}
.controls .more[hidden]{display:none}
.table-wrap{max-height:460px;overflow:auto;border:1px solid var(--line);border-radius:8px}
table.data{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}
table.data th{position:sticky;top:0;background:#f1f5f9;text-align:left;font-weight:600;border-bottom:1px solid #cbd5e1;padding:0;overflow:hidden;text-overflow:ellipsis}
table.data th button{all:unset;cursor:pointer;display:block;padding:7px 10px}
table.data th[aria-sort=ascending] button::after{content:" ▲";font-size:10px}
table.data th[aria-sort=descending] button::after{content:" ▼";font-size:10px}
table.data th.static{padding:7px 10px}
table.data td{padding:6px 10px;border-bottom:1px solid #f1f5f9;vertical-align:top;overflow-wrap:break-word}
table.data tbody tr:nth-child(even){background:#fafcff}
table.data td.num,table.data th.num{text-align:right;font-variant-numeric:tabular-nums}
table.data .arrow{color:var(--muted)}
p.empty{color:var(--muted);margin:4px 0}
footer{color:var(--muted);font-size:12px;text-align:center;padding:12px 0 32px}
@media print{
 @page{margin:14mm}
 body{background:#fff;font-size:11px}
 header.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
 header.top .wrap>p{color:#333}
 header.top nav,.controls{display:none}
 .wrap{max-width:none;padding:0}
 section.block{border:0;box-shadow:none;padding:0;margin:18px 0;break-inside:auto}
 h2{break-after:avoid}
 .charts,.charts.three{grid-template-columns:1fr 1fr}
 .list{content-visibility:visible}
 .table-wrap{max-height:none;overflow:visible;border:0}
 table.data th{position:static}
 table.data tr{break-inside:avoid}
 table.data tbody tr:nth-child(even){background:#fff}
 .kpi{background:#fff}
}
`;
