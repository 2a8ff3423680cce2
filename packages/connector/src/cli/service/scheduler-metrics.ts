import { Counter, collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { RunReport } from "../../engine/run-report.js";

/** How a scheduled run ended, as a metric label: a report's outcome, or why there was no report. */
export type JobOutcome = RunReport["outcome"] | "needs-approval" | "locked" | "failed-to-start";

/** What the scheduler knows about the last run, for `/healthz`. */
export interface LastRun {
  job: string;
  outcome: JobOutcome;
  exitCode: number;
  finishedAt: string;
  reportPath: string | null;
}

/**
 * The scheduler's Prometheus metrics (prom-client), fed one finished run at a time. Counters add the
 * run report's own numbers, so a scrape after a run agrees with `connector history --json`.
 * @see https://prometheus.io/docs/practices/naming/
 */
export function createSchedulerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "connector_" });
  const job = ["job"] as const;
  const api = ["job", "api"] as const;
  const m = {
    up: new Gauge({
      name: "connector_scheduler_up",
      help: "1 while the scheduler runs.",
      registers: [registry],
    }),
    runs: new Counter({
      name: "connector_runs_total",
      help: "Finished scheduled runs by job and outcome.",
      labelNames: ["job", "outcome"] as const,
      registers: [registry],
    }),
    lastTime: new Gauge({
      name: "connector_last_run_timestamp_seconds",
      help: "When the job's last run finished (Unix time).",
      labelNames: job,
      registers: [registry],
    }),
    lastDuration: new Gauge({
      name: "connector_last_run_duration_seconds",
      help: "How long the job's last run took.",
      labelNames: job,
      registers: [registry],
    }),
    lastExit: new Gauge({
      name: "connector_last_run_exit_code",
      help: "The exit code the job's last run would have had as a command (0 = ok).",
      labelNames: job,
      registers: [registry],
    }),
    writes: new Counter({
      name: "connector_writes_total",
      help: "Writes made.",
      labelNames: job,
      registers: [registry],
    }),
    failures: new Counter({
      name: "connector_record_failures_total",
      help: "Records that failed.",
      labelNames: job,
      registers: [registry],
    }),
    requests: new Counter({
      name: "connector_api_requests_total",
      help: "HTTP requests sent, per API.",
      labelNames: api,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "connector_api_rate_limited_total",
      help: "429 answers received, per API.",
      labelNames: api,
      registers: [registry],
    }),
    retries: new Counter({
      name: "connector_api_retries_total",
      help: "Requests retried, per API.",
      labelNames: api,
      registers: [registry],
    }),
    safetyStops: new Counter({
      name: "connector_safety_stops_total",
      help: "Runs stopped by a safety limit before deactivating.",
      labelNames: job,
      registers: [registry],
    }),
    notifyFailed: new Counter({
      name: "connector_notifications_failed_total",
      help: "Webhook notifications that could not be delivered.",
      registers: [registry],
    }),
  };
  m.up.set(1);
  let last: LastRun | null = null;

  return {
    registry,
    get lastRun() {
      return last;
    },
    /** Records a run that produced a report. */
    report(
      jobName: string,
      r: Pick<
        RunReport,
        "outcome" | "finishedAt" | "durationMs" | "counts" | "failures" | "requests" | "safety" | "reportPath"
      >,
      exitCode: number,
    ) {
      const l = { job: jobName };
      m.runs.inc({ job: jobName, outcome: r.outcome });
      m.lastTime.set(l, Date.parse(r.finishedAt) / 1000);
      m.lastDuration.set(l, r.durationMs / 1000);
      m.lastExit.set(l, exitCode);
      m.writes.inc(l, r.counts.writes);
      m.failures.inc(l, r.failures.length);
      for (const name of ["lever", "oomnitza"] as const) {
        const c = r.requests[name];
        m.requests.inc({ job: jobName, api: name }, c.requests);
        m.rateLimited.inc({ job: jobName, api: name }, c.rateLimited);
        m.retries.inc({ job: jobName, api: name }, c.retries);
      }
      if (r.safety?.tripped) m.safetyStops.inc(l);
      last = {
        job: jobName,
        outcome: r.outcome,
        exitCode,
        finishedAt: r.finishedAt,
        reportPath: r.reportPath,
      };
    },
    /** Records a run that ended without a report (refused, locked, failed before planning). */
    noReport(jobName: string, outcome: JobOutcome, exitCode: number) {
      const now = new Date();
      m.runs.inc({ job: jobName, outcome });
      m.lastTime.set({ job: jobName }, now.getTime() / 1000);
      m.lastExit.set({ job: jobName }, exitCode);
      last = { job: jobName, outcome, exitCode, finishedAt: now.toISOString(), reportPath: null };
    },
    notificationFailed() {
      m.notifyFailed.inc();
    },
    stopping() {
      m.up.set(0);
    },
  };
}

/** The scheduler's metrics. */
export type SchedulerMetrics = ReturnType<typeof createSchedulerMetrics>;
