import type { FieldChange } from "@lever-oomnitza/mapping";
import type { MaxCount, SyncPreference, SyncRecords } from "../config/config-schema.js";
import type { SafetyResult } from "./resolve-max-deactivations.js";
import type { DegradedFeature } from "./saas-user-support.js";

// The saved plan's record types: plain, stable, diffable JSON (`connector plan --out`).

/** Why a Lever user is not written. */
export type SkipReason = "filtered" | "unmappable" | "preference";

/** The sync key that found (or will find) the Oomnitza record. */
export interface SyncKeyValue {
  field: string;
  value: string;
}

/** Create the Oomnitza person. `keys` are the ranked sync keys, used to resolve an unknown outcome. */
export interface CreateAction {
  action: "create";
  leverId: string;
  email?: string | undefined;
  keys: SyncKeyValue[];
  record: Record<string, unknown>;
}

/** Patch the changed fields of an existing person; `precondition` is what the diff was computed from. */
export interface UpdateAction {
  action: "update";
  leverId: string;
  email?: string | undefined;
  oomnitzaId: string;
  matchedBy: string;
  changes: FieldChange[];
  precondition: { changeDate?: number | string | null | undefined; fields: Record<string, unknown> };
}

/** The person already matches Lever; nothing to write. */
export interface UnchangedAction {
  action: "unchanged";
  leverId: string;
  email?: string | undefined;
  oomnitzaId: string;
  matchedBy: string;
}

/** The Lever user is not written, with the reason. */
export interface SkipAction {
  action: "skip";
  leverId: string;
  email?: string | undefined;
  reason: SkipReason;
  message: string;
  oomnitzaId?: string | undefined;
}

/** The Lever user cannot be matched unambiguously; nothing is written for it. */
export interface ConflictAction {
  action: "conflict";
  leverId: string;
  email?: string | undefined;
  message: string;
  oomnitzaIds: string[];
  otherLeverIds: string[];
}

/** One planned action for one Lever user. */
export type UserAction = CreateAction | UpdateAction | UnchangedAction | SkipAction | ConflictAction;

/** A Lever user whose person is known (`userId`) or will be created by this plan (`userId` absent). */
export interface SaasUserRef {
  leverId: string;
  userId?: string | undefined;
}

/** The SaaS-user part of a plan; each list is executed in as few calls as the API allows. */
export interface SaasPlan {
  app: { name: string; saasId: string | null; action: "exists" | "create" };
  /** One assign call for all of them. */
  assign: SaasUserRef[];
  /** One call per user (the API has no batch form). */
  externalIds: Array<SaasUserRef & { from: string | null }>;
  /** One PATCH per role. */
  roles: Array<{ role: string; users: Array<SaasUserRef & { from: string[] }> }>;
  reactivate: Array<{ saasUserId: string; userId: string; leverId: string }>;
  deactivate: Array<{
    saasUserId: string;
    userId: string;
    leverId?: string | undefined;
    reason: "lever-deactivated" | "lever-missing";
  }>;
  safety: SafetyResult;
  /** Status features refused because the SaaS users lack a field (absent when none). */
  degraded?: DegradedFeature[] | undefined;
}

/** Counts of a plan's actions. */
export interface PlanSummary {
  users: Record<UserAction["action"], number>;
  saas: {
    createApp: number;
    assign: number;
    externalIds: number;
    roles: number;
    reactivate: number;
    deactivate: number;
  };
  writes: number;
}

/** A saved plan: plain, stable, diffable JSON. `configFingerprint` binds it to the config it came from. */
export interface Plan {
  kind: "lever-oomnitza-plan";
  version: 1;
  createdAt: string;
  configFingerprint: string;
  settings: {
    records: SyncRecords;
    preference: SyncPreference;
    syncKeys: string[];
    saasApp: string;
    deactivateMissing: boolean;
  };
  source: { leverUsers: number; oomnitzaUsers: number; saasUsers: number };
  summary: PlanSummary;
  /** Sorted by Lever id, one entry per Lever user. */
  users: UserAction[];
  /** `null` when `sync.records` is `users`. */
  saas: SaasPlan | null;
  /** The mass-update stop (plans saved before it existed lack it; `apply` recomputes it anyway). */
  updates?: UpdateSafety | undefined;
}

/**
 * The mass-update stop: over `sync.maxUpdates` (after the first run), nothing at all is written, so a
 * broken upstream (every name "X", everyone under new ids) cannot overwrite every person.
 */
export interface UpdateSafety {
  maxUpdates: MaxCount;
  /** The cap as a count (percentages resolved against `matched`). */
  limit: number;
  /** People matched to an Oomnitza record (updated, unchanged, or skipped by preference). */
  matched: number;
  planned: number;
  /** False on the first run (no earlier sync in `state.dir`), when updating everyone is expected. */
  armed: boolean;
  tripped: boolean;
  /** For each field that changes, how many people it changes for. */
  fields: Record<string, number>;
}
