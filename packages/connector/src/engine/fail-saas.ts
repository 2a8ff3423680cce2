import type { RunLog } from "./run-log.js";
import type { RunIssue } from "./run-report.js";

/** Records one failed SaaS-user write. */
export function failSaas(log: RunLog, issue: RunIssue): void {
  log.counts.saas.failed += 1;
  log.failures.push(issue);
}
