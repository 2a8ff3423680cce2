/** Similarity of two field names in [0, 1], ignoring case and separators (`jobTitle` ~ `job_title`). */
export function fieldSimilarity(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (x.join("") === y.join("")) return 1;
  const bx = bigrams(x.join(""));
  const by = bigrams(y.join(""));
  if (bx.length === 0 || by.length === 0) return 0;
  const pool = [...by];
  let hits = 0;
  for (const g of bx) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  const dice = (2 * hits) / (bx.length + by.length);
  const shared = x.filter((t) => y.includes(t)).length / Math.max(x.length, y.length);
  return Math.max(dice, shared);
}

function tokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== "");
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}
