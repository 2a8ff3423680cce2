import { type LeverAccessRole, leverAccessRoles } from "../types.js";
import type { LeverUserInput } from "./create-lever-state.js";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a create/replace body; `full` (PUT) also requires `accessRole`. Returns the input or the 400 message. */
export function validateLeverUserInput(body: unknown, full: boolean): LeverUserInput | string {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return "The request body must be a JSON object";
  const b = body as Record<string, unknown>;
  for (const field of full ? ["name", "email", "accessRole"] : ["name", "email"]) {
    if (typeof b[field] !== "string" || (b[field] as string).trim() === "")
      return `Missing required field: ${field}`;
  }
  if (!emailPattern.test(b.email as string)) return `Invalid email: ${String(b.email)}`;
  if (b.accessRole !== undefined && !leverAccessRoles.includes(b.accessRole as LeverAccessRole)) {
    return `Invalid accessRole "${String(b.accessRole)}": use one of ${leverAccessRoles.join(", ")}`;
  }
  for (const field of ["externalDirectoryId", "jobTitle", "managerId"]) {
    if (b[field] !== undefined && b[field] !== null && typeof b[field] !== "string")
      return `Invalid ${field}: expected a string`;
  }
  // PUT is a full replace: omitted optional fields are reset (docs/vendor-facts.md#lever-update-is-a-full-replace).
  return {
    name: b.name as string,
    email: b.email as string,
    accessRole: (b.accessRole as LeverAccessRole | undefined) ?? "interviewer",
    externalDirectoryId: (b.externalDirectoryId as string | null | undefined) ?? null,
    jobTitle: (b.jobTitle as string | null | undefined) ?? null,
    managerId: (b.managerId as string | null | undefined) ?? null,
  };
}
