import type { ContractReport } from "../../contract/contract-report.js";
import type { Style } from "../create-style.js";

/** `check --contract` for a terminal: one line per call, each deviation by JSON path with what the connector does. */
export function formatContract(report: ContractReport, style: Style): string[] {
  const lines = [
    style.bold(
      `Contract check against openapi/lever.yaml (v${report.specs.lever}) and openapi/oomnitza.yaml (v${report.specs.oomnitza}), read-only`,
    ),
  ];
  let deviations = 0;
  let breaking = 0;
  for (const call of report.calls) {
    const name = `${call.service} ${call.method} ${call.path}`;
    if (call.skipped) {
      lines.push(`${style.dim("–")} ${name}${style.dim(` — not tried: ${call.skipped}`)}`);
      continue;
    }
    const broken = call.deviations.some((d) => d.breaks);
    const mark =
      call.deviations.length === 0 ? style.green("✓") : broken ? style.red("✗") : style.yellow("!");
    const status = call.status === null ? "no answer" : String(call.status);
    lines.push(
      `${mark} ${name}${style.dim(` — ${status}${call.deviations.length === 0 ? ", matches the spec" : ""}`)}`,
    );
    for (const d of call.deviations) {
      deviations++;
      if (d.breaks) breaking++;
      const effect = d.effect === "works" ? "works" : `${d.effect}: ${d.feature}`;
      const line = `    ${d.path} ${d.problem} → ${effect} (${d.detail})`;
      lines.push(d.breaks ? style.red(line) : d.effect === "works" ? style.dim(line) : style.yellow(line));
    }
  }
  lines.push("");
  lines.push(
    deviations === 0
      ? style.green("No deviation from the spec.")
      : breaking === 0
        ? style.yellow(`${deviations} deviations; none breaks a configured feature.`)
        : style.red(`${deviations} deviations; ${breaking} break a configured feature.`),
  );
  return lines;
}
