import { PlanError } from "../errors/plan-error.js";
import type { Plan } from "../plan/plan.js";

/** Refuses a plan of another format or made from another config (nothing is written). */
export function assertPlanApplies(plan: unknown, fingerprint: string, now: Date): asserts plan is Plan {
  const p = plan as Partial<Plan> | null;
  if (p === null || typeof p !== "object" || p.kind !== "lever-oomnitza-plan" || !Array.isArray(p.users)) {
    throw new PlanError(
      "plan-invalid",
      "this file is not a connector plan.",
      "create one with `connector plan --out plan.json`.",
    );
  }
  if (p.version !== 1) {
    throw new PlanError(
      "plan-version",
      `plan format version ${String(p.version)} is not supported (expected 1).`,
      "make a new plan with this connector version.",
    );
  }
  const createdAt = typeof p.createdAt === "string" ? Date.parse(p.createdAt) : Number.NaN;
  if (!(createdAt <= now.getTime())) {
    throw new PlanError(
      "plan-invalid",
      `the plan's createdAt ${JSON.stringify(p.createdAt ?? null)} is not a past time.`,
      "create one with `connector plan --out plan.json`.",
    );
  }
  if (p.configFingerprint !== fingerprint) {
    throw new PlanError(
      "plan-config-mismatch",
      "the plan was made from a different config (endpoints, sync settings, mapping or SaaS settings differ).",
      "apply it with the config it was made from, or make a new plan.",
    );
  }
}
