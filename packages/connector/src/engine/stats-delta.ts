import type { RequestCounts } from "./run-report.js";

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
