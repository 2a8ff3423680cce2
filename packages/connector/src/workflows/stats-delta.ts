import type { TransportStats } from "@lever-oomnitza/http";
import type { RequestCounts } from "../types.js";

/** A copy of a transport's counters now, to subtract later. */
export function statsSnapshot(stats: TransportStats): RequestCounts {
  return {
    requests: stats.requests,
    retries: stats.retries,
    rateLimited: stats.rateLimited,
    byStatus: { ...stats.byStatus },
  };
}

/** Requests made since `before` (clients may be shared with other runs, so counters are cumulative). */
export function statsDelta(before: RequestCounts, stats: TransportStats): RequestCounts {
  const byStatus: Record<string, number> = {};
  for (const [status, count] of Object.entries(stats.byStatus)) {
    const made = count - (before.byStatus[status] ?? 0);
    if (made > 0) byStatus[status] = made;
  }
  return {
    requests: stats.requests - before.requests,
    retries: stats.retries - before.retries,
    rateLimited: stats.rateLimited - before.rateLimited,
    byStatus,
  };
}
