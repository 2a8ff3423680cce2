import type { Sources } from "../engine/read-sources.js";
import type { RunReport } from "../engine/run-report.js";
import { matchSeats } from "../plan/match-seats.js";
import type { Plan, SkipReason } from "../plan/plan.js";
import type { LeverUserData, SaasUserData } from "../plan/plan-data.js";
import { saasRoleLabels } from "../plan/saas-role-labels.js";
import { describeRun } from "./describe-run.js";
import { formatValue } from "./format-value.js";
import type { NamedRecord, ReclaimReason, ReportData, RunRow, SeatRow } from "./report-data.js";

/** What the report is computed from: a plan with its sources, and the run history (newest first). */
export interface ReportInput {
  plan: Plan;
  sources: Pick<Sources, "leverUsers" | "oomnitzaUsers" | "saas">;
  runs: readonly RunReport[];
  now: Date;
  /** An active seat whose `last_visit` is older than this many days is a seat to reclaim. */
  staleAfterDays: number;
}

const DAY_S = 86_400;

/** One run as the Health section shows it. */
export function runRow(r: RunReport): RunRow {
  return {
    runId: r.runId,
    what: describeRun(r),
    startedAt: r.startedAt,
    outcome: r.outcome,
    writes: r.counts.writes,
    failures: r.counts.users.failed + r.counts.saas.failed,
    durationMs: r.durationMs,
    requests: r.requests.lever.requests + r.requests.oomnitza.requests,
    rateLimited: r.rateLimited,
    retries: r.retries,
  };
}

/** The report's numbers and lists, computed purely from data: nothing is read or written here. */
export function buildReportData(input: ReportInput): ReportData {
  const { plan, sources } = input;
  const lever = sources.leverUsers;
  const leverById = new Map(lever.map((l) => [l.id, l]));
  const personById = new Map(sources.oomnitzaUsers.map((p) => [String(p.user_id), p]));
  const leverNamed = (id: string): NamedRecord => ({ id, email: text(leverById.get(id)?.email) });
  const personNamed = (id: string): NamedRecord => {
    const p = personById.get(id);
    return { id, email: text(p?.email) ?? text(p?.username) };
  };

  const lists: ReportData["lists"] = {
    runs: input.runs.map(runRow),
    creates: [],
    updates: [],
    skips: [],
    conflicts: [],
    seats: [],
    reclaim: [],
  };
  const skipReasons: Record<SkipReason, number> = { filtered: 0, unmappable: 0, preference: 0 };
  for (const a of plan.users) {
    const email = text(a.email) ?? text(leverById.get(a.leverId)?.email);
    if (a.action === "create")
      lists.creates.push({ leverId: a.leverId, email, name: leverName(leverById.get(a.leverId)) });
    else if (a.action === "update")
      lists.updates.push({
        leverId: a.leverId,
        email,
        oomnitzaId: a.oomnitzaId,
        changes: a.changes
          .map((c) => `${c.field}: ${formatValue(c.from, 200)} → ${formatValue(c.to, 200)}`)
          .join("; "),
      });
    else if (a.action === "skip") {
      skipReasons[a.reason] += 1;
      lists.skips.push({ leverId: a.leverId, email, reason: a.reason, message: a.message });
    } else if (a.action === "conflict")
      lists.conflicts.push({
        leverUser: { id: a.leverId, email },
        message: a.message,
        oomnitzaRecords: a.oomnitzaIds.map(personNamed),
        otherLeverUsers: a.otherLeverIds.map(leverNamed),
      });
  }

  const u = plan.summary.users;
  const active = lever.filter((l) => l.deactivatedAt === null).length;
  const lastSync = input.runs.find((r) => r.command !== "workflow");
  const seats = plan.saas ? seatsSection(input, lists) : null;
  return {
    kind: "lever-oomnitza-report",
    version: 1,
    generatedAt: input.now.toISOString(),
    saasApp: plan.settings.saasApp,
    staleAfterDays: input.staleAfterDays,
    health: { lastSync: lastSync ? runRow(lastSync) : null, runs: lists.runs },
    people: {
      lever: { total: lever.length, active, deactivated: lever.length - active },
      oomnitza: {
        people: sources.oomnitzaUsers.length,
        matched: u.unchanged + u.update,
        unchanged: u.unchanged,
        update: u.update,
        create: u.create,
        skip: u.skip,
        conflict: u.conflict,
      },
      skipReasons,
    },
    seats,
    lists,
  };
}

/** Seats of the Lever app, by role and status, and the seats to reclaim (filled into `lists`). */
function seatsSection(input: ReportInput, lists: ReportData["lists"]): NonNullable<ReportData["seats"]> {
  const saasUsers = input.sources.saas?.users ?? [];
  const leverOf = matchSeats({
    saasUsers,
    leverUsers: input.sources.leverUsers,
    userActions: input.plan.users,
  });
  const staleBefore = input.now.getTime() / 1000 - input.staleAfterDays * DAY_S;
  const byRole = new Map<string, { role: string; active: number; deactivated: number }>();
  const reclaim = { "lever-deactivated": 0, "lever-missing": 0, stale: 0, total: 0 };
  for (const su of saasUsers) {
    const row = seatRow(su, leverOf(su), staleBefore);
    lists.seats.push(row);
    const counts = byRole.get(row.role) ?? { role: row.role, active: 0, deactivated: 0 };
    if (row.status !== "unknown") counts[row.status] += 1;
    byRole.set(row.role, counts);
    if (row.reclaim) {
      reclaim[row.reclaim] += 1;
      reclaim.total += 1;
      lists.reclaim.push(row);
    }
  }
  const active = lists.seats.filter((s) => s.status === "active").length;
  const deactivated = lists.seats.filter((s) => s.status === "deactivated").length;
  return {
    appExists: input.sources.saas?.app != null,
    total: saasUsers.length,
    active,
    deactivated,
    byRole: [...byRole.values()].sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)),
    reclaim,
  };
}

/**
 * One seat. Only an active seat can be reclaimed: first because its Lever user is deactivated or
 * gone (the rule `saas.deactivateMissing` applies), else because its `last_visit` is too old.
 */
function seatRow(su: SaasUserData, lever: LeverUserData | undefined, staleBefore: number): SeatRow {
  const lastVisit = typeof su.last_visit === "number" ? su.last_visit : null;
  const leverState = !lever ? "gone" : lever.deactivatedAt === null ? "active" : "deactivated";
  let reclaim: ReclaimReason | null = null;
  if (su.status === "active") {
    if (leverState === "gone") reclaim = "lever-missing";
    else if (leverState === "deactivated") reclaim = "lever-deactivated";
    else if (lastVisit !== null && lastVisit < staleBefore) reclaim = "stale";
  }
  return {
    saasUserId: su.saas_user_id ?? null,
    email: text(su.email) ?? lever?.email ?? null,
    name: text(su.full_name) ?? leverName(lever),
    role: lever?.accessRole || saasRoleLabels(su.roles)[0] || "(no role)",
    status: su.status === "active" || su.status === "deactivated" ? su.status : "unknown",
    lastVisit: lastVisit === null ? null : new Date(lastVisit * 1000).toISOString(),
    lever: leverState,
    reclaim,
  };
}

function leverName(l: LeverUserData | undefined): string | null {
  return text(l?.name);
}

function text(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}
