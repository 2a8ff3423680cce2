import type { DegradedFeature } from "../../plan/saas-user-support.js";
import type { Style } from "../create-style.js";

/** One loud line per feature the run refused because the tenant's data lacks a field, with the fix. */
export function formatDegraded(degraded: readonly DegradedFeature[] | undefined, style: Style): string[] {
  return (degraded ?? []).map((d) =>
    style.yellow(`  ⚠ Degraded: ${d.message} (field: ${d.field}) Fix: ${d.fix}`),
  );
}
