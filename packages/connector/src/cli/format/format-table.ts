/** A column: its header and whether numbers line up on the right. */
export interface Column {
  header: string;
  align?: "left" | "right";
}

// Visible width: ANSI colour codes take no space on screen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ESC of ANSI codes is the point.
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").length;

/** Lays out rows as aligned text columns separated by two spaces (no box drawing: it pastes cleanly). */
export function formatTable(columns: Column[], rows: string[][]): string[] {
  const widths = columns.map((c, i) => Math.max(visible(c.header), ...rows.map((r) => visible(r[i] ?? ""))));
  const pad = (cell: string, i: number) => {
    const gap = " ".repeat(Math.max(0, (widths[i] ?? 0) - visible(cell)));
    return columns[i]?.align === "right" ? gap + cell : cell + gap;
  };
  const line = (cells: string[]) => cells.map(pad).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}
