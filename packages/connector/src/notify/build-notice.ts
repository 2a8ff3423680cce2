import { hostname } from "node:os";
import type { RunReport } from "../engine/run-report.js";
import type { NotifyEvent } from "./notify-event.js";

/** What a run tells the people watching it: the same facts in every format. */
export interface Notice {
  event: NotifyEvent;
  /** `sync`, `apply` or `workflow <name>`. */
  job: string;
  exitCode: number;
  title: string;
  summary: string;
  /** Counts as label → number, in a fixed order. */
  facts: Array<[string, number]>;
  /** The first failures, each "who: why". */
  failures: string[];
  failureCount: number;
  /** The command that shows more. */
  next: string;
  host: string;
  runId: string | null;
  reportPath: string | null;
  finishedAt: string;
}

/** A run's report, or what ended a run that has none (an error, a refusal that needs approval). */
export type NoticeSource =
  | {
      report: Pick<
        RunReport,
        | "runId"
        | "outcome"
        | "counts"
        | "failures"
        | "error"
        | "safety"
        | "reportPath"
        | "finishedAt"
        | "durationMs"
      > &
        Partial<Pick<RunReport, "updates">>;
    }
  | { message: string };

const FIRST_FAILURES = 5;

const TITLES: Record<NotifyEvent, string> = {
  failure: "failed",
  "safety-stop": "stopped at the safety limit",
  "needs-approval": "needs approval",
  success: "succeeded",
};

/** Builds the notice of one run: what happened, the counts, the first failures and where to look next. */
export function buildNotice(event: NotifyEvent, job: string, exitCode: number, source: NoticeSource): Notice {
  const title = `lever-oomnitza ${job} ${TITLES[event]} (exit ${exitCode}) on ${hostname()}`;
  const base = { event, job, exitCode, title, host: hostname() };
  if ("message" in source) {
    return {
      ...base,
      summary: source.message,
      facts: [],
      failures: [],
      failureCount: 0,
      next: event === "needs-approval" ? "connector plan" : "connector check",
      runId: null,
      reportPath: null,
      finishedAt: new Date().toISOString(),
    };
  }
  const r = source.report;
  const u = r.counts.users;
  const s = r.counts.saas;
  const failures = r.failures
    .slice(0, FIRST_FAILURES)
    .map((f) => `${f.email ?? f.leverId ?? f.oomnitzaId ?? f.target}: ${f.reason}`);
  const summary =
    r.error?.message ??
    (r.updates?.tripped
      ? `The run stopped before writing anything: ${r.updates.planned} people would be updated, the limit is ${r.updates.limit} (sync.maxUpdates ${r.updates.maxUpdates}).`
      : r.safety?.tripped
        ? `The run stopped before deactivating: ${r.safety.planned} SaaS deactivations planned, the limit is ${r.safety.limit} (saas.maxDeactivations ${r.safety.maxDeactivations}).`
        : `${u.create} created, ${u.update} updated, ${u.unchanged} unchanged; ${r.counts.writes} writes, ${r.failures.length} failures in ${Math.round(r.durationMs / 1000)} s.`);
  return {
    ...base,
    summary,
    facts: [
      ["people created", u.create],
      ["people updated", u.update],
      ["people unchanged", u.unchanged],
      ["skipped", u.skip],
      ["conflicts", u.conflict],
      ["SaaS writes", s.assign + s.externalIds + s.roles + s.reactivate + s.deactivate + s.createApp],
      ["SaaS deactivations", s.deactivate],
      ["writes", r.counts.writes],
      ["failures", r.failures.length],
    ],
    failures,
    failureCount: r.failures.length,
    next: event === "safety-stop" ? "connector plan" : "connector history --limit 1 --json",
    runId: r.runId,
    reportPath: r.reportPath,
    finishedAt: r.finishedAt,
  };
}
