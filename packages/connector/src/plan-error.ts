/** A saved plan that cannot be applied: wrong format, or made from another config (CLI exit code 2). */
export class PlanError extends Error {
  override name = "PlanError";
  readonly code: "plan-invalid" | "plan-version" | "plan-config-mismatch";
  readonly fix: string;

  constructor(code: PlanError["code"], message: string, fix: string) {
    super(`${message} Fix: ${fix}`);
    this.code = code;
    this.fix = fix;
  }
}
