import type { CheckResult } from "../../types.js";
import type { Style } from "../create-style.js";

/** `check()` as one line per item, ✓ or ✗, with the fix under each failing item. */
export function formatCheck(result: CheckResult, style: Style): string[] {
  const lines: string[] = [];
  for (const item of result.items) {
    const mark = item.skipped ? style.dim("–") : item.ok ? style.green("✓") : style.red("✗");
    lines.push(`${mark} ${item.name}${item.message ? style.dim(` — ${item.message}`) : ""}`);
    if (!item.ok && item.fix) lines.push(`    ${style.bold("fix:")} ${item.fix}`);
  }
  const failed = result.items.filter((i) => !i.ok).length;
  const skipped = result.items.filter((i) => i.skipped).length;
  const tried = result.items.length - skipped;
  const notTried = skipped ? `; ${skipped} not checked (–)` : "";
  lines.push("");
  lines.push(
    result.ok
      ? style.green(`All ${tried} checks passed${notTried}.`)
      : style.red(`${failed} of ${tried} checks failed${notTried}.`),
  );
  return lines;
}
