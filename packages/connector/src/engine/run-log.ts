import type { RunCounts, RunIssue } from "./run-report.js";
import { createWriteBreaker, type WriteBreaker } from "./write-breaker.js";

/** What an apply did so far: counts, failures, apply-time skips, the ids of created people and the write breaker. */
export interface RunLog {
  counts: RunCounts;
  failures: RunIssue[];
  skips: RunIssue[];
  /** Lever id → Oomnitza `user_id` of people created (or found after an unknown outcome) in this run. */
  createdIds: Map<string, string>;
  interrupted: boolean;
  /** Stops the run after consecutive writes failed with the API unavailable. */
  breaker: WriteBreaker;
}

/** An empty run log. */
export function createRunLog(): RunLog {
  return {
    counts: {
      users: { create: 0, update: 0, unchanged: 0, skip: 0, conflict: 0, failed: 0 },
      saas: {
        createApp: 0,
        assign: 0,
        externalIds: 0,
        roles: 0,
        reactivate: 0,
        deactivate: 0,
        inPlace: 0,
        failed: 0,
      },
      writes: 0,
    },
    failures: [],
    skips: [],
    createdIds: new Map(),
    interrupted: false,
    breaker: createWriteBreaker(),
  };
}
