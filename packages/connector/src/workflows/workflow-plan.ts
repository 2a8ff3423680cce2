import type { LeverDeactivationPlan } from "./plan-lever-deactivations.js";
import type { RoleRetrievalPlan } from "./plan-role-retrieval.js";

/** A workflow's plan: who gets which role, who is deactivated and why. Plain JSON. */
export type WorkflowPlan = RoleRetrievalPlan | LeverDeactivationPlan;
