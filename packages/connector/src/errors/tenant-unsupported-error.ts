import type { DegradedFeature } from "../plan/saas-user-support.js";

/**
 * A feature this tenant's API answers cannot support, refused before any write (CLI exit code 2):
 * names the missing field and what the user can do.
 */
export class TenantUnsupportedError extends Error {
  override name = "TenantUnsupportedError";
  readonly field: string;
  readonly fix: string;

  constructor(problem: DegradedFeature) {
    super(`${problem.message} (field: ${problem.field}) Fix: ${problem.fix}`);
    this.field = problem.field;
    this.fix = problem.fix;
  }
}
