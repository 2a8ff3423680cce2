import { normalizeKey, sameValue } from "@lever-oomnitza/mapping";
import { vendorFields } from "@lever-oomnitza/oomnitza-client";
import type { Plan, UserAction } from "../types.js";
import type { EngineContext } from "./engine-context.js";
import type { RunLog } from "./run-log.js";

/**
 * For a saved plan: re-reads Oomnitza people once (in pages, not per record) and turns every action
 * whose precondition no longer holds into a conflict skip — an update of a record changed or deleted
 * since the plan, or a create whose sync key now finds a record. Returns the actions still safe to run.
 */
export async function verifyPreconditions(
  ctx: EngineContext,
  plan: Plan,
  log: RunLog,
): Promise<UserAction[]> {
  const byId = new Map<string, Record<string, unknown>>();
  const byKey = new Map<string, string>();
  for await (const page of ctx.oomnitza.users.listPages()) {
    for (const u of page) {
      byId.set(u.user_id, u);
      for (const field of plan.settings.syncKeys) {
        const key = normalizeKey(vendorFields(u)[field]);
        if (key !== null) byKey.set(`${field}\u0000${key}`, u.user_id);
      }
    }
  }
  return plan.users.filter((a) => {
    if (alreadyApplied(a, byId, byKey)) {
      // e.g. the same plan applied twice, or an interrupted apply resumed: nothing left to write.
      log.counts.users.unchanged += 1;
      if (a.action === "create") log.createdIds.set(a.leverId, byKey.get(keyOf(a.keys[0])) as string);
      return false;
    }
    const reason = broken(a, byId, byKey);
    if (reason === undefined) return true;
    log.counts.users.conflict += 1;
    log.skips.push({
      target: "user",
      action: a.action,
      leverId: a.leverId,
      email: a.email,
      kind: "conflict",
      reason,
    });
    return false;
  });
}

function keyOf(k: { field: string; value: string } | undefined): string {
  return k ? `${k.field}\u0000${normalizeKey(k.value)}` : "";
}

function alreadyApplied(
  a: UserAction,
  byId: Map<string, Record<string, unknown>>,
  byKey: Map<string, string>,
): boolean {
  if (a.action === "update") {
    const now = byId.get(a.oomnitzaId);
    return now !== undefined && a.changes.every((c) => sameValue(c.to, now[c.field]));
  }
  if (a.action === "create") {
    const ids = a.keys.map((k) => byKey.get(keyOf(k)));
    const first = ids[0];
    if (first === undefined || ids.some((id) => id !== first)) return false;
    const now = byId.get(first);
    return (
      now !== undefined && Object.entries(a.record).every(([f, v]) => f === "role" || sameValue(v, now[f]))
    );
  }
  return false;
}

function broken(
  a: UserAction,
  byId: Map<string, Record<string, unknown>>,
  byKey: Map<string, string>,
): string | undefined {
  if (a.action === "update") {
    const now = byId.get(a.oomnitzaId);
    if (!now) return "changed since plan: the Oomnitza record was deleted";
    const { changeDate, fields } = a.precondition;
    const dateMoved =
      changeDate != null && now.change_date != null && !sameValue(changeDate, now.change_date);
    const fieldMoved = Object.entries(fields).find(([f, v]) => !sameValue(v, now[f]));
    if (fieldMoved)
      return `changed since plan: ${fieldMoved[0]} is now ${JSON.stringify(now[fieldMoved[0]] ?? null)}`;
    if (dateMoved) return "changed since plan: the Oomnitza record was edited after the plan was made";
  }
  if (a.action === "create") {
    for (const k of a.keys) {
      const hit = byKey.get(keyOf(k));
      if (hit) return `changed since plan: Oomnitza record ${hit} now has ${k.field} "${k.value}"`;
    }
  }
  return undefined;
}
