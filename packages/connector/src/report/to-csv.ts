import type { Cell, ReportTable } from "./report-tables.js";

/**
 * One table as RFC 4180 CSV (CRLF lines, fields quoted when they hold a quote, comma or line break).
 * Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as
 * text instead of running it as a formula (CSV injection).
 * @see https://www.rfc-editor.org/rfc/rfc4180
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function toCsv(table: ReportTable): string {
  const lines = [table.columns.map((c) => field(c.label)), ...table.rows.map((row) => row.map(field))];
  return `${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}

function field(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
