import type { WriteRateReport } from "@lever-oomnitza/http";

const perSecond = (n: number | null) => `${n === null ? "?" : Math.round(n)}/s`;

/**
 * One line on Oomnitza's write rate: "adaptive 50/s → 500/s reached, settled 480/s · 2 cuts (429 ×2)",
 * "fixed 250/s" or "off"; undefined for a report without one (an older report).
 */
export function formatWriteRate(w: WriteRateReport | undefined): string | undefined {
  if (!w) return undefined;
  if (w.mode === "off") return "off (rateLimit: false)";
  if (w.mode === "fixed") return `fixed ${perSecond(w.settledPerSecond)} (rateLimit)`;
  const reasons = new Map<string, number>();
  for (const c of w.cuts) reasons.set(c.reason, (reasons.get(c.reason) ?? 0) + 1);
  const why = [...reasons].map(([reason, n]) => `${reason} ×${n}`).join(", ");
  const cuts =
    w.cutCount === 0 ? "no cuts" : `${w.cutCount} cut${w.cutCount === 1 ? "" : "s"}${why ? ` (${why})` : ""}`;
  return `adaptive ${perSecond(w.startPerSecond)} → ${perSecond(w.reachedPerSecond)} reached, settled ${perSecond(w.settledPerSecond)} · ${cuts}`;
}
