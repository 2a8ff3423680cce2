/**
 * A saved plan that cannot be applied (CLI exit code 2): wrong format, made from another config, or
 * holding an action the current config and data would not plan (`plan-action-refused`).
 */
export class PlanError extends Error {
  override name = "PlanError";
  readonly code: "plan-invalid" | "plan-version" | "plan-config-mismatch" | "plan-action-refused";
  readonly fix: string;

  constructor(code: PlanError["code"], message: string, fix: string) {
    super(`${message} Fix: ${fix}`);
    this.code = code;
    this.fix = fix;
  }
}
