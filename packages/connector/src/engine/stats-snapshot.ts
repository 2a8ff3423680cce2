import type { RequestCounts } from "./run-report.js";

interface StatsLike {
  requests: number;
  retries: number;
  rateLimited: number;
  byStatus: Record<string, number>;
}

/** A copy of a transport's counters, to report one run's share of a long-lived client. */
export function statsSnapshot(s: StatsLike): RequestCounts {
  return {
    requests: s.requests,
    retries: s.retries,
    rateLimited: s.rateLimited,
    byStatus: { ...s.byStatus },
  };
}
