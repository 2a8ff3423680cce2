import { sameValue } from "@lever-oomnitza/mapping";
import { PlanError } from "../errors/plan-error.js";
import type { Plan, SaasPlan, SaasUserRef, UpdateAction, UserAction } from "../plan/plan.js";
import type { OomnitzaUserData, SaasUserData } from "../plan/plan-data.js";
import { resolveMaxDeactivations } from "../plan/resolve-max-deactivations.js";
import { resolveMaxUpdates } from "../plan/resolve-max-updates.js";
import { summarizePlan } from "../plan/summarize-plan.js";
import type { RunLog } from "./run-log.js";

/** What the saved plan is checked against: a plan made now, from current data, with the current config. */
export interface ReconcileInput {
  saved: Plan;
  fresh: Plan;
  /** Current Oomnitza people and the configured app's SaaS users, as read for `fresh`. */
  people: readonly OomnitzaUserData[];
  seats: readonly SaasUserData[];
  /** Fields the current mapping writes (a saved update may touch no other). */
  mappedFields: ReadonlySet<string>;
}

const refuse = (what: string, why: string): never => {
  throw new PlanError(
    "plan-action-refused",
    `${what}: ${why}. The saved plan was edited or no longer fits the config and the data; nothing was written.`,
    "make a new plan with `connector plan --out plan.json`, review it, and apply that one unedited.",
  );
};

const str = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v ?? null));
const val = (v: unknown): string => JSON.stringify(v ?? null);
const list = <T>(v: unknown, what: string): T[] =>
  Array.isArray(v) ? (v as T[]) : refuse(what, "not a list");

/**
 * A saved plan promises "these writes and no others". It is applied as the part of it that a plan made
 * now, from current data and the current config, also contains: each saved write must be one the current
 * config plans (its app, its mapping's fields and role, its sync keys; people and seats that exist and
 * match) — or is already in place (skipped as such), or its record changed since (a conflict skip).
 * Anything else refuses the whole plan before the first write, naming the first offending action.
 * Safety limits always come from the config (`fresh`), never from the file.
 */
export function reconcileSavedPlan(input: ReconcileInput, log: RunLog): Plan {
  const { saved, fresh } = input;
  for (const key of ["records", "preference", "saasApp", "deactivateMissing", "syncKeys"] as const) {
    if (JSON.stringify(saved.settings?.[key]) !== JSON.stringify(fresh.settings[key]))
      refuse(
        `settings.${key}`,
        `the plan says ${str(saved.settings?.[key])}, the config ${str(fresh.settings[key])}`,
      );
  }
  // Limits are the config's; a plan that claims another one was edited (its numbers are never used).
  const limits: Array<[string, unknown, unknown]> = [
    [
      "saas.safety.maxDeactivations",
      saved.saas?.safety?.maxDeactivations,
      fresh.saas?.safety.maxDeactivations,
    ],
    ["updates.maxUpdates", saved.updates?.maxUpdates, fresh.updates?.maxUpdates],
  ];
  for (const [path, claimed, configured] of limits) {
    if (claimed !== undefined && claimed !== configured)
      refuse(path, `the plan says ${str(claimed)}, the config ${str(configured)}`);
  }
  const users = reconcileUsers(input, log);
  const saas = fresh.saas && reconcileSaas(input, fresh.saas, users, log);
  const updates =
    fresh.updates &&
    resolveMaxUpdates(fresh.updates.maxUpdates, fresh.updates.armed, fresh.updates.matched, users);
  return {
    ...fresh,
    users,
    saas,
    summary: summarizePlan(users, saas, updates),
    ...(updates ? { updates } : {}),
  };
}

function reconcileUsers(input: ReconcileInput, log: RunLog): UserAction[] {
  const freshBy = new Map(input.fresh.users.map((a) => [a.leverId, a]));
  const people = new Map(input.people.map((p) => [p.user_id, p]));
  const seen = new Set<string>();
  const out: UserAction[] = [];
  for (const a of list<UserAction>(input.saved.users, "users")) {
    if (a === null || typeof a !== "object" || typeof a.leverId !== "string")
      refuse("users", "an entry has no leverId");
    const what = `${a.action} of Lever user ${a.leverId}`;
    if (a.action !== "create" && a.action !== "update") {
      if (!["unchanged", "skip", "conflict"].includes(a.action)) refuse(what, "unknown action");
      out.push(a);
      continue;
    }
    if (seen.has(a.leverId)) refuse(what, "a second write for the same Lever user");
    seen.add(a.leverId);
    const f = freshBy.get(a.leverId) ?? refuse(what, "no such Lever user");
    const conflict = (reason: string) => {
      log.counts.users.conflict += 1;
      log.skips.push({
        target: "user",
        action: a.action,
        leverId: a.leverId,
        email: a.email,
        kind: "conflict",
        reason,
      });
    };
    if (f.action === "conflict") {
      conflict(`changed since plan: ${f.message}`);
      continue;
    }
    const step = a.action === "update" ? checkUpdate(a, f, input, people) : checkCreate(a, f, people);
    if (step.kind === "apply") out.push(step.action);
    else if (step.kind === "conflict") conflict(step.reason);
    else {
      // e.g. the same plan applied twice, or an interrupted apply resumed: nothing left to write.
      log.counts.users.unchanged += 1;
      if (step.createdId) log.createdIds.set(a.leverId, step.createdId);
    }
  }
  return out;
}

type Step =
  | { kind: "apply"; action: UserAction }
  | { kind: "conflict"; reason: string }
  | { kind: "applied"; createdId?: string };

function checkUpdate(
  a: UpdateAction,
  f: UserAction,
  input: ReconcileInput,
  people: Map<string, OomnitzaUserData>,
): Step {
  const what = `update of Lever user ${a.leverId} (Oomnitza record ${str(a.oomnitzaId)})`;
  const target = "oomnitzaId" in f ? f.oomnitzaId : undefined;
  const now = people.get(a.oomnitzaId);
  if (target !== a.oomnitzaId) {
    if (now || target !== undefined)
      refuse(
        what,
        `that Lever user matches ${target === undefined ? "no Oomnitza record" : `Oomnitza record ${target}`}`,
      );
    return { kind: "conflict", reason: "changed since plan: the Oomnitza record was deleted" };
  }
  const changes = list<UpdateAction["changes"][number]>(a.changes, what);
  for (const c of changes) {
    if (typeof c?.field !== "string" || !input.mappedFields.has(c.field))
      refuse(what, `field ${val(c?.field)} is not written by the mapping`);
  }
  if (!now) return { kind: "conflict", reason: "changed since plan: the Oomnitza record was deleted" };
  if (changes.length > 0 && changes.every((c) => sameValue(c.to, now[c.field]))) return { kind: "applied" };
  const { changeDate, fields } = a.precondition ?? { fields: {} };
  const moved = Object.entries(fields ?? {}).find(([field, v]) => !sameValue(v, now[field]));
  if (moved)
    return {
      kind: "conflict",
      reason: `changed since plan: ${moved[0]} is now ${JSON.stringify(now[moved[0]] ?? null)}`,
    };
  if (changeDate != null && now.change_date != null && !sameValue(changeDate, now.change_date))
    return {
      kind: "conflict",
      reason: "changed since plan: the Oomnitza record was edited after the plan was made",
    };
  const planned = f.action === "update" ? f.changes : [];
  const kept = changes.map((c) => {
    const match = planned.find((p) => p.field === c.field);
    if (!match || !sameValue(match.to, c.to))
      refuse(
        what,
        `${c.field} → ${val(c.to)} is not what the config plans (${match ? val(match.to) : "no change"})`,
      );
    return match as UpdateAction["changes"][number];
  });
  if (kept.length === 0) refuse(what, "no change");
  // Only the changes the saved plan holds, with the values and precondition of the plan made now.
  return { kind: "apply", action: { ...(f as UpdateAction), changes: kept } };
}

function checkCreate(
  a: Extract<UserAction, { action: "create" }>,
  f: UserAction,
  people: Map<string, OomnitzaUserData>,
): Step {
  const what = `create of Lever user ${a.leverId}`;
  const record = a.record !== null && typeof a.record === "object" ? a.record : refuse(what, "no record");
  if (f.action === "create") {
    const fields = new Set([...Object.keys(record), ...Object.keys(f.record)]);
    for (const field of fields) {
      if (!sameValue(record[field], f.record[field]))
        refuse(what, `${field} ${val(record[field])} is not what the config plans (${val(f.record[field])})`);
    }
    if (JSON.stringify(a.keys) !== JSON.stringify(f.keys)) refuse(what, "its sync keys are not the config's");
    return { kind: "apply", action: f };
  }
  const existing = "oomnitzaId" in f && f.oomnitzaId ? people.get(f.oomnitzaId) : undefined;
  if (!existing)
    refuse(what, `the config does not create it (${f.action === "skip" ? f.message : f.action})`);
  const person = existing as OomnitzaUserData;
  if (Object.entries(record).every(([field, v]) => field === "role" || sameValue(v, person[field])))
    return { kind: "applied", createdId: person.user_id };
  const key = list<{ field: string; value: string }>(a.keys, what).find((k) =>
    sameValue(k.value, person[k.field]),
  );
  return {
    kind: "conflict",
    reason: `changed since plan: Oomnitza record ${person.user_id} now has ${key ? `${key.field} "${key.value}"` : "its sync key"}`,
  };
}

function reconcileSaas(
  input: ReconcileInput,
  fresh: SaasPlan,
  users: readonly UserAction[],
  log: RunLog,
): SaasPlan {
  const saved =
    input.saved.saas ?? refuse("saas", "the plan has no SaaS part but the config syncs SaaS users");
  const app = saved.app ?? refuse("saas.app", "missing");
  if (app.name !== fresh.app.name)
    refuse("saas.app", `the plan's app "${str(app.name)}" is not the configured "${fresh.app.name}"`);
  if (app.saasId !== null && String(app.saasId) !== fresh.app.saasId)
    refuse(
      "saas.app",
      `saas_id ${str(app.saasId)} is not the id of "${fresh.app.name}" (${fresh.app.saasId ?? "not created yet"})`,
    );
  const seatOf = new Map(input.seats.map((s) => [s.user_id, s]));
  const seatById = new Map(input.seats.map((s) => [s.saas_user_id, s]));
  // The person each Lever user is synced to now (undefined: created by this run).
  const personOf = new Map<string, string | undefined>();
  for (const a of input.fresh.users) {
    if (a.action === "create") personOf.set(a.leverId, log.createdIds.get(a.leverId));
    else if ("oomnitzaId" in a && a.oomnitzaId) personOf.set(a.leverId, a.oomnitzaId);
  }
  for (const [leverId, id] of log.createdIds) personOf.set(leverId, id);
  const creating = new Set(users.filter((a) => a.action === "create").map((a) => a.leverId));
  const inPlace = () => {
    log.counts.saas.inPlace += 1;
  };
  const person = (ref: SaasUserRef, what: string): string | undefined => {
    if (ref === null || typeof ref !== "object" || !personOf.has(ref.leverId))
      refuse(what, "no person is synced for that Lever user");
    const id = personOf.get(ref.leverId);
    if (ref.userId === undefined ? id === undefined && !creating.has(ref.leverId) : ref.userId !== id)
      refuse(
        what,
        `Oomnitza record ${str(ref.userId)} is not the person of Lever user ${ref.leverId} (${id ?? "created by this plan"})`,
      );
    return id;
  };
  const keep = <T extends SaasUserRef>(
    refs: unknown,
    planned: readonly T[],
    action: string,
    held: (seat: SaasUserData | undefined, leverId: string) => boolean,
  ): T[] => {
    const by = new Map(planned.map((r) => [r.leverId, r]));
    const out: T[] = [];
    for (const ref of list<SaasUserRef>(refs, `saas.${action}`)) {
      const what = `saas.${action} of Lever user ${str(ref?.leverId)}`;
      const id = person(ref, what);
      const p = by.get(ref.leverId);
      if (p) out.push(p);
      else if (held(id === undefined ? undefined : seatOf.get(id), ref.leverId)) inPlace();
      else refuse(what, "the config does not plan it");
    }
    return out;
  };
  const assign = keep(saved.assign, fresh.assign, "assign", (seat) => seat !== undefined);
  const externalIds = keep(
    saved.externalIds,
    fresh.externalIds,
    "externalIds",
    (seat, leverId) => seat?.user_external_id === leverId,
  );
  const roles = list<SaasPlan["roles"][number]>(saved.roles, "saas.roles")
    .map((group) => {
      const planned = fresh.roles.find((r) => r.role === group?.role)?.users ?? [];
      const labels = (seat: SaasUserData | undefined) =>
        Array.isArray(seat?.roles) ? seat.roles.map((r) => r.role_external_label ?? r.role_external_id) : [];
      const users = keep(group?.users, planned, `roles "${str(group?.role)}"`, (seat) => {
        const held = labels(seat);
        return held.length === 1 && held[0] === group.role;
      });
      return { role: String(group.role), users };
    })
    .filter((g) => g.users.length > 0);
  const byStatus = <T extends { saasUserId: string; userId: string }>(
    items: unknown,
    planned: readonly T[],
    action: string,
    done: SaasUserData["status"],
  ): T[] => {
    const by = new Map(planned.map((r) => [r.saasUserId, r]));
    const out: T[] = [];
    for (const item of list<T>(items, `saas.${action}`)) {
      const what = `saas.${action} of SaaS user ${str(item?.saasUserId)}`;
      const p = by.get(item?.saasUserId);
      const seat = seatById.get(item?.saasUserId);
      if (!seat) refuse(what, `not a SaaS user of "${fresh.app.name}"`);
      if (seat?.user_id !== item.userId)
        refuse(what, `it belongs to Oomnitza record ${str(seat?.user_id)}, not ${str(item.userId)}`);
      if (p) out.push(p);
      else if (seat?.status === done) inPlace();
      else refuse(what, "the config does not plan it");
    }
    return out;
  };
  const reactivate = byStatus(saved.reactivate, fresh.reactivate, "reactivate", "active");
  const deactivate = byStatus(saved.deactivate, fresh.deactivate, "deactivate", "deactivated");
  return {
    app: fresh.app,
    assign,
    externalIds,
    roles,
    reactivate,
    deactivate,
    // The limit is the config's, against the app's users now: never the file's.
    safety: resolveMaxDeactivations(fresh.safety.maxDeactivations, fresh.safety.appUsers, deactivate.length),
  };
}
