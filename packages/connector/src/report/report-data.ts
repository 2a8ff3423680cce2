import type { RunOutcome } from "../engine/run-report.js";
import type { SkipReason } from "../plan/plan.js";

/** One run of the history, as the Health section and its charts show it. */
export interface RunRow {
  runId: string;
  /** `sync`, `sync --plan` (a saved plan applied) or `workflow <name>`. */
  what: string;
  startedAt: string;
  outcome: RunOutcome;
  writes: number;
  failures: number;
  durationMs: number;
  requests: number;
  rateLimited: number;
  retries: number;
}

/** Why a seat of the Lever app could be reclaimed. */
export type ReclaimReason = "lever-deactivated" | "lever-missing" | "stale";

/** One SaaS user (seat) of the Lever app. */
export interface SeatRow {
  /** `null` on tenants shaped like the 2022 export, which have no `saas_user_id`. */
  saasUserId: string | null;
  email: string | null;
  name: string | null;
  /** The Lever user's access role; the seat's role in Oomnitza when Lever has no such user. */
  role: string;
  /** `unknown` on tenants whose SaaS users carry no `status` (only an active seat can be reclaimed). */
  status: "active" | "deactivated" | "unknown";
  /** ISO date of `last_visit`, `null` where Oomnitza has none. */
  lastVisit: string | null;
  lever: "active" | "deactivated" | "gone";
  reclaim: ReclaimReason | null;
}

/** A Lever user (or Oomnitza record) named by id and email. */
export interface NamedRecord {
  id: string;
  email: string | null;
}

/** The report's data: every number and list the HTML, the CSV files and `--json` show. */
export interface ReportData {
  kind: "lever-oomnitza-report";
  version: 1;
  generatedAt: string;
  saasApp: string;
  staleAfterDays: number;
  health: { lastSync: RunRow | null; runs: RunRow[] };
  people: {
    lever: { total: number; active: number; deactivated: number };
    oomnitza: {
      people: number;
      /** Lever users whose person exists: `unchanged` + `update`. */
      matched: number;
      unchanged: number;
      update: number;
      create: number;
      skip: number;
      conflict: number;
    };
    skipReasons: Record<SkipReason, number>;
  };
  /** `null` when `sync.records` is `users` (no SaaS users are read). */
  seats: {
    appExists: boolean;
    total: number;
    active: number;
    deactivated: number;
    byRole: Array<{ role: string; active: number; deactivated: number }>;
    reclaim: Record<ReclaimReason, number> & { total: number };
  } | null;
  lists: {
    runs: RunRow[];
    creates: Array<{ leverId: string; email: string | null; name: string | null }>;
    updates: Array<{ leverId: string; email: string | null; oomnitzaId: string; changes: string }>;
    skips: Array<{ leverId: string; email: string | null; reason: SkipReason; message: string }>;
    conflicts: Array<{
      leverUser: NamedRecord;
      message: string;
      oomnitzaRecords: NamedRecord[];
      otherLeverUsers: NamedRecord[];
    }>;
    seats: SeatRow[];
    reclaim: SeatRow[];
  };
}
