import type { RequestCounts } from "../types.js";

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

/** The requests made between two snapshots. */
export function statsDelta(before: RequestCounts, after: RequestCounts): RequestCounts {
  const byStatus: Record<string, number> = {};
  for (const [status, n] of Object.entries(after.byStatus)) {
    const d = n - (before.byStatus[status] ?? 0);
    if (d > 0) byStatus[status] = d;
  }
  return {
    requests: after.requests - before.requests,
    retries: after.retries - before.retries,
    rateLimited: after.rateLimited - before.rateLimited,
    byStatus,
  };
}
