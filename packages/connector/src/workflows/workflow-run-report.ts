import type { Rule } from "@lever-oomnitza/mapping";
import type { RunReport } from "../engine/run-report.js";
import type { LeftAlone } from "./plan-lever-deactivations.js";

/** What happened to one side of one deactivation. */
export type DeactivationOutcome = "deactivated" | "already-deactivated" | "failed" | "not-attempted";

/** One deactivation as the run report records it, with the rule (or reason) that selected it. */
export interface WorkflowDeactivationRecord {
  saasUserId: string;
  userId: string;
  email: string | null;
  leverUserId: string | null;
  reason: string;
  rules: Rule[];
  /** `not-attempted` for role retrieval (it deactivates SaaS users only) and when the threshold tripped. */
  lever: DeactivationOutcome;
  oomnitza: DeactivationOutcome;
  error?: string | undefined;
}

/** The workflow-specific part of a run report. */
export interface WorkflowRunSection {
  name: string;
  type: "saas-user-role" | "lever-deactivate-users";
  trigger: string;
  /** An event trigger's first run: nothing fired, the snapshot was recorded as a baseline. */
  baseline: boolean;
  roleWrites: { role: string; users: number; failed: number }[];
  deactivations: WorkflowDeactivationRecord[];
  exempt: LeftAlone[];
  alreadyDeactivated: number;
  skipped: LeftAlone[];
}

/**
 * A workflow run report, written to `<state.dir>/runs/` beside the sync's reports and in the same
 * shape (so `connector history` and `exitCodeFor` read it), with `command: "workflow"` and a
 * `workflow` section. Contains no secret.
 */
export interface WorkflowRunReport extends Omit<RunReport, "command"> {
  command: "workflow";
  workflow: WorkflowRunSection;
}
