import type { TransportStats, WriteRateReport } from "@lever-oomnitza/http";
import type { PlanSummary } from "../plan/plan.js";
import type { SafetyResult } from "../plan/resolve-max-deactivations.js";
import type { UpdateSafety } from "../plan/resolve-max-updates.js";
import type { DegradedFeature } from "../plan/saas-user-support.js";

// The run report's record types: `<state.dir>/runs/<time>-<runId>.json`, read by `connector history`.

/** Requests made to one API during a run: the transport's counters, without the per-route breakdown. */
export type RequestCounts = Omit<TransportStats, "byRoute">;

/** One record-level failure or non-write, with the reason. */
export interface RunIssue {
  target: "user" | "saas";
  action: string;
  leverId?: string | undefined;
  oomnitzaId?: string | undefined;
  email?: string | undefined;
  reason: string;
  kind?: string | undefined;
}

/** How a run ended; `exitCodeFor` maps it to the CLI's exit code. */
export type RunOutcome = "ok" | "failures" | "safety-tripped" | "interrupted" | "error";

/** Counts of what a run actually did. */
export interface RunCounts {
  users: {
    create: number;
    update: number;
    unchanged: number;
    skip: number;
    conflict: number;
    failed: number;
  };
  saas: {
    createApp: number;
    assign: number;
    externalIds: number;
    roles: number;
    reactivate: number;
    deactivate: number;
    /** Saved-plan SaaS actions skipped because they were already in place (a re-applied plan). */
    inPlace: number;
    failed: number;
  };
  writes: number;
}

/** The report of one run, written to `<state.dir>/runs/<time>-<runId>.json`. Contains no secret. */
export interface RunReport {
  kind: "lever-oomnitza-run";
  version: 1;
  runId: string;
  command: "sync" | "apply" | "workflow";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  dryRun: boolean;
  outcome: RunOutcome;
  configFingerprint: string;
  planCreatedAt: string | null;
  planned: PlanSummary | null;
  counts: RunCounts;
  failures: RunIssue[];
  /** Skips and conflicts, planned or found at apply (e.g. changed since plan). */
  skips: RunIssue[];
  requests: { lever: RequestCounts; oomnitza: RequestCounts };
  retries: number;
  rateLimited: number;
  /**
   * Oomnitza's write rate: `adaptive` (the default) with the rate it started at, reached and settled at and
   * this run's cuts with their reason (the first 20 listed, `cutCount` counts all), or the fixed `rateLimit`.
   */
  writeRate?: WriteRateReport | undefined;
  safety: SafetyResult | null;
  /** The mass-update stop; when tripped, nothing was written. */
  updates: UpdateSafety | null;
  interrupted: boolean;
  /** Features refused because the tenant's data lacks a field, while the rest of the run went on. */
  degraded?: DegradedFeature[] | undefined;
  /**
   * What ended the run; `service` names the API that answered (`lever` or `oomnitza`) when one did,
   * `fix` is there when the cause has a specific one (a refused connection, a redirect, …).
   */
  error?:
    | {
        kind: string;
        message: string;
        exitCode: number;
        service?: string | undefined;
        fix?: string | undefined;
      }
    | undefined;
  /** Where the report was written; `null` for dry runs. */
  reportPath: string | null;
}
