import type { Rule } from "@lever-oomnitza/mapping";
import type { MaxDeactivations } from "../config/config-schema.js";
import type { LeverUserData, OomnitzaUserData } from "../plan/plan-data.js";
import { resolveMaxDeactivations, type SafetyResult } from "../plan/resolve-max-deactivations.js";
import { describeRule } from "./describe-rule.js";
import { describeTrigger } from "./describe-trigger.js";
import { detectSaasUserEvents } from "./detect-saas-user-events.js";
import { type Exemptions, exemptionReason } from "./exemption-reason.js";
import { findLeverUser } from "./find-lever-user.js";
import { indexLeverUsers } from "./index-lever-users.js";
import type { WorkflowSaasUser } from "./read-workflow-inputs.js";
import { ruleRecord } from "./rule-record.js";
import { selectingRules } from "./selecting-rules.js";
import type { WorkflowSnapshot } from "./workflow-snapshot.js";
import type { WorkflowTrigger } from "./workflows-config-schema.js";

/** One Lever user to offboard, with the rule that selected it. Lever has no delete: this is a deactivation. */
export interface LeverDeactivation {
  saasUserId: string;
  userId: string;
  email: string | null;
  leverUserId: string;
  accessRole: string;
  /** Human-readable: the selecting rule(s), or the event that fired. */
  reason: string;
  /** The selecting part(s) of the configured rule (empty when an event trigger has no rule). */
  rules: Rule[];
  lever: "deactivate" | "already-deactivated";
  oomnitza: "deactivate" | "already-deactivated";
}

/** A selected user the plan leaves alone, and why. */
export interface LeftAlone {
  saasUserId: string;
  email: string | null;
  reason: string;
}

/** The plan of a `lever-deactivate-users` workflow: plain JSON, nothing written yet. */
export interface LeverDeactivationPlan {
  kind: "workflow-plan";
  workflow: string;
  type: "lever-deactivate-users";
  createdAt: string;
  trigger: string;
  /** An event trigger's first run: no previous snapshot, so nothing fires and a baseline is recorded. */
  baseline: boolean;
  counts: {
    saasUsers: number;
    triggered: number;
    selected: number;
    deactivations: number;
    alreadyDeactivated: number;
    exempt: number;
    skipped: number;
  };
  deactivations: LeverDeactivation[];
  alreadyDeactivated: LeftAlone[];
  exempt: LeftAlone[];
  skipped: LeftAlone[];
  threshold: SafetyResult;
}

/** Input of {@link planLeverDeactivations}. */
export interface PlanLeverDeactivationsInput {
  workflow: string;
  saasUsers: readonly WorkflowSaasUser[];
  persons: Iterable<OomnitzaUserData>;
  leverUsers: Iterable<LeverUserData>;
  rule?: Rule | undefined;
  exempt: Exemptions;
  maxDeactivations: MaxDeactivations;
  trigger: WorkflowTrigger;
  previous: WorkflowSnapshot | undefined;
  now: Date;
}

/**
 * Plans the doc's "Delete User" workflow as Lever allows it: selects SaaS users of the Lever app by
 * trigger and rule, leaves exempt and unmatched users alone, and plans a Lever deactivation plus the
 * matching Oomnitza SaaS-user deactivation for the rest. Already deactivated on both sides = no-op. Pure.
 */
export function planLeverDeactivations(input: PlanLeverDeactivationsInput): LeverDeactivationPlan {
  const index = indexLeverUsers(input.leverUsers);
  const persons = new Map([...input.persons].map((person) => [person.user_id, person]));
  const triggered = detectSaasUserEvents(input.trigger, input.saasUsers, input.previous);
  const trigger = describeTrigger(input.trigger);
  const deactivations: LeverDeactivation[] = [];
  const alreadyDeactivated: LeftAlone[] = [];
  const exempt: LeftAlone[] = [];
  const skipped: LeftAlone[] = [];
  const planned = new Set<string>();
  let selected = 0;
  for (const saasUser of triggered.users) {
    const left = { saasUserId: saasUser.saas_user_id, email: saasUser.email ?? null };
    const match = findLeverUser(index, saasUser);
    const lever = match.found ? match.user : undefined;
    const rules = input.rule
      ? selectingRules(ruleRecord(saasUser, persons.get(saasUser.user_id), lever), input.rule, input.now)
      : [];
    if (input.rule && rules.length === 0) continue;
    selected++;
    if (!match.found) {
      const reason =
        match.reason === "missing"
          ? "no Lever user has this id or email"
          : "several Lever users share this email";
      skipped.push({ ...left, reason });
      continue;
    }
    const exemptBy = exemptionReason(input.exempt, match.user, left.email);
    if (exemptBy) {
      exempt.push({ ...left, reason: exemptBy });
      continue;
    }
    // Lever answers a second deactivate with 200, but one run never sends it twice.
    const leverDone = match.user.deactivatedAt !== null || planned.has(match.user.id);
    const oomnitzaDone = saasUser.status === "deactivated";
    if (leverDone && oomnitzaDone) {
      alreadyDeactivated.push({ ...left, reason: "already deactivated in Lever and Oomnitza" });
      continue;
    }
    planned.add(match.user.id);
    deactivations.push({
      ...left,
      userId: saasUser.user_id,
      leverUserId: match.user.id,
      accessRole: match.user.accessRole,
      reason: rules.length > 0 ? rules.map(describeRule).join("; ") : trigger,
      rules,
      lever: leverDone ? "already-deactivated" : "deactivate",
      oomnitza: oomnitzaDone ? "already-deactivated" : "deactivate",
    });
  }
  return {
    kind: "workflow-plan",
    workflow: input.workflow,
    type: "lever-deactivate-users",
    createdAt: input.now.toISOString(),
    trigger,
    baseline: triggered.baseline,
    counts: {
      saasUsers: input.saasUsers.length,
      triggered: triggered.users.length,
      selected,
      deactivations: deactivations.length,
      alreadyDeactivated: alreadyDeactivated.length,
      exempt: exempt.length,
      skipped: skipped.length,
    },
    deactivations,
    alreadyDeactivated,
    exempt,
    skipped,
    threshold: resolveMaxDeactivations(input.maxDeactivations, input.saasUsers.length, deactivations.length),
  };
}
