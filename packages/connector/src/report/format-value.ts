/** A field value for `from → to` lines: strings quoted, empty shown as ∅, long values shortened. */
export function formatValue(value: unknown, max = 60): string {
  if (value === undefined || value === null || value === "") return "∅";
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
