import type { CheckItem, CheckResult } from "../../engine/check-connector.js";
import type { Style } from "../create-style.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `check()` as one line per item (✓ pass, ! warning, ✗ fail, – not checked), the fix under each ! and ✗. */
export function formatCheck(result: CheckResult, style: Style): string[] {
  const lines: string[] = [];
  const marks: Record<CheckItem["status"], string> = {
    pass: style.green("✓"),
    warn: style.yellow("!"),
    fail: style.red("✗"),
    skip: style.dim("–"),
  };
  for (const item of result.items) {
    lines.push(`${marks[item.status]} ${item.name}${item.message ? style.dim(` — ${item.message}`) : ""}`);
    if (item.fix && item.status !== "pass") lines.push(`    ${style.bold("fix:")} ${item.fix}`);
  }
  const count = (status: CheckItem["status"]) => result.items.filter((i) => i.status === status).length;
  const [passed, warned, failed, skipped] = [count("pass"), count("warn"), count("fail"), count("skip")];
  const tried = passed + warned + failed;
  const notTried = skipped ? `; ${skipped} not checked (–)` : "";
  const warnings = warned ? `; ${plural(warned, "warning")} (!)` : "";
  lines.push("");
  if (result.status === "fail")
    lines.push(style.red(`${failed} of ${tried} checks failed${warnings}${notTried}.`));
  else if (result.status === "warn")
    lines.push(
      style.yellow(
        `Passed with ${plural(warned, "warning")}: ${passed} of ${tried} checks verified${notTried}.`,
      ),
    );
  else lines.push(style.green(`All ${tried} checks passed${notTried}.`));
  return lines;
}
