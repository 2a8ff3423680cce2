import { diffRecords, type Mapping, mapUser, matchesRule, normalizeKey } from "@lever-oomnitza/mapping";
import type { SyncPreference } from "../config/config-schema.js";
import { indexByKeys, type KeyIndex } from "./index-by-keys.js";
import { lookupKey } from "./lookup-key.js";
import { type Candidate, matchLeverUser } from "./match-lever-user.js";
import type { UserAction } from "./plan.js";
import type { LeverUserData, OomnitzaUserData } from "./plan-data.js";
import { type Claim, resolveClaims } from "./resolve-claims.js";
import { resolveCreateCollisions } from "./resolve-create-collisions.js";

/** Fields Oomnitza keeps unique on people whatever the sync keys are. */
const UNIQUE_FIELDS = ["username", "email"];

/** Input of `planUsers`: plain data, no I/O. */
export interface PlanUsersInput {
  leverUsers: readonly LeverUserData[];
  oomnitzaUsers: readonly OomnitzaUserData[];
  mapping: Mapping;
  preference: SyncPreference;
  now: Date;
}

/**
 * One action per Lever user (sorted by Lever id): create, update (field-level from → to), unchanged,
 * skip (filtered, unmappable, preference) or conflict. Pure: same input, same plan.
 */
export function planUsers(input: PlanUsersInput): UserAction[] {
  const { mapping, now } = input;
  const uniqueFields = [...new Set([...mapping.syncKeys, ...UNIQUE_FIELDS])];
  const index = indexByKeys(input.oomnitzaUsers, uniqueFields);
  const leverUsers = [...input.leverUsers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // One action per sorted Lever user, by position. A matched user's action is decided at once and only
  // its claim is kept, so the mapped record of each of 100,000 unchanged users is garbage straight away; a
  // claim that loses to another Lever user becomes a conflict below. Unmatched users (creates) keep their
  // record for the collision check.
  const actions: Array<UserAction | undefined> = new Array(leverUsers.length);
  const claims: Array<Claim & { at: number }> = [];
  const unmatched: Candidate[] = [];
  const unmatchedAt: number[] = [];
  for (const [at, lever] of leverUsers.entries()) {
    const email = typeof lever.email === "string" ? lever.email : undefined;
    if (mapping.filter && !matchesRule(lever, mapping.filter, now)) {
      actions[at] = {
        action: "skip",
        leverId: lever.id,
        email,
        reason: "filtered",
        message: "excluded by mapping.filter.",
      };
      continue;
    }
    const mapped = mapUser(lever, mapping, { syncTime: now });
    if (!mapped.ok) {
      actions[at] = {
        action: "skip",
        leverId: lever.id,
        email,
        reason: "unmappable",
        message: mapped.reasons.join("; "),
      };
      continue;
    }
    const c = matchLeverUser(lever, mapped.record, mapping.syncKeys, index);
    if (c.target && !c.conflict) {
      claims.push({ lever, userId: c.target.record.user_id, rank: c.target.rank, field: c.target.field, at });
      actions[at] = decide(c, input, index);
    } else {
      unmatched.push(c);
      unmatchedAt.push(at);
    }
  }
  resolveClaims(claims);
  for (const c of claims) if (c.conflict) actions[c.at] = conflictOf(c.lever, c.conflict);
  resolveCreateCollisions(unmatched, uniqueFields, normalizeKey);
  for (const [i, c] of unmatched.entries()) actions[unmatchedAt[i] as number] = decide(c, input, index);
  return actions as UserAction[];
}

function conflictOf(lever: Candidate["lever"], conflict: NonNullable<Candidate["conflict"]>): UserAction {
  const email = typeof lever.email === "string" ? lever.email : undefined;
  return { action: "conflict", leverId: lever.id, email, ...conflict };
}

function decide(c: Candidate, input: PlanUsersInput, index: KeyIndex): UserAction {
  const leverId = c.lever.id;
  const email = typeof c.lever.email === "string" ? c.lever.email : undefined;
  if (c.conflict) return conflictOf(c.lever, c.conflict);
  const target = c.target;
  if (!target) {
    if (input.preference === "update-only") {
      return {
        action: "skip",
        leverId,
        email,
        reason: "preference",
        message: "update-only: no Oomnitza record matches, so none is created.",
      };
    }
    const taken = takenBy(c.record, UNIQUE_FIELDS, index, undefined);
    if (taken) return { action: "conflict", leverId, email, ...taken };
    const record = { ...c.record };
    if (record.role === undefined) record.role = input.mapping.role;
    return { action: "create", leverId, email, keys: c.keys, record };
  }
  const existing = target.record;
  const oomnitzaId = existing.user_id;
  const changes = diffRecords(c.record, existing, input.mapping);
  if (changes.length === 0) {
    return { action: "unchanged", leverId, email, oomnitzaId, matchedBy: target.field };
  }
  if (input.preference === "create-only") {
    const fields = changes.map((ch) => ch.field).join(", ");
    return {
      action: "skip",
      leverId,
      email,
      reason: "preference",
      oomnitzaId,
      message: `create-only: ${fields} not updated.`,
    };
  }
  const changedValues = Object.fromEntries(changes.map((ch) => [ch.field, ch.to]));
  const taken = takenBy(changedValues, UNIQUE_FIELDS, index, oomnitzaId);
  if (taken) return { action: "conflict", leverId, email, ...taken };
  const fields = Object.fromEntries(changes.map((ch) => [ch.field, existing[ch.field] ?? null]));
  return {
    action: "update",
    leverId,
    email,
    oomnitzaId,
    matchedBy: target.field,
    changes,
    precondition: { changeDate: existing.change_date ?? null, fields },
  };
}

/** A unique value the write would set that another, unmatched Oomnitza record already holds. */
function takenBy(
  values: Record<string, unknown>,
  fields: readonly string[],
  index: KeyIndex,
  self: string | undefined,
): { message: string; oomnitzaIds: string[]; otherLeverIds: string[] } | undefined {
  for (const field of fields) {
    if (values[field] === undefined) continue;
    const other = lookupKey(index, field, values[field]).find((r) => r.user_id !== self);
    if (other) {
      return {
        message: `${field} "${String(values[field])}" is already used by Oomnitza record ${other.user_id}, which no sync key matched; add ${field} to mapping.syncKeys or fix that record.`,
        oomnitzaIds: [other.user_id],
        otherLeverIds: [],
      };
    }
  }
  return undefined;
}
