import type { OomnitzaCustomField, OomnitzaRole } from "../types.js";

type Kind = "string" | "integer" | "boolean" | "nullable-string";

/** Editable standard user fields and their types (docs/vendor-facts.md#oomnitza-users). */
export const standardUserFields: Record<string, Kind> = {
  username: "string",
  email: "string",
  first_name: "string",
  last_name: "string",
  role: "integer",
  position: "string",
  phone_number: "string",
  address: "string",
  suspended: "boolean",
  external_id: "nullable-string",
  email_subscription: "boolean",
};

/** Server-managed fields: accepted in a body (clients echo records back) and ignored. */
export const readOnlyUserFields = new Set([
  "user_id",
  "uid",
  "full_name",
  "creation_date",
  "change_date",
  "created_by",
  "changed_by",
  "last_login_date",
  "version",
  "deleted",
]);

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Context for validating one user write. */
export interface UserInputContext {
  create: boolean;
  allowUnknown: boolean;
  customFields: OomnitzaCustomField[];
  roles: OomnitzaRole[];
}

function toSeconds(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  // Dates go in as unix seconds or ISO 8601; offsets are ignored by Oomnitza, we honour the Z form only.
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?$/.test(v))
    return Math.floor(Date.parse(v.endsWith("Z") || v.length === 10 ? v : `${v}Z`) / 1000);
  return undefined;
}

function checkCustom(field: OomnitzaCustomField, v: unknown): unknown {
  if (v === null) return null;
  if (field.type === "text")
    return typeof v === "string" && v.length <= 256
      ? v
      : Error(`${field.name} must be text of at most 256 characters`);
  if (field.type === "number")
    return typeof v === "number" && Number.isFinite(v) ? v : Error(`${field.name} must be a number`);
  if (field.type === "boolean")
    return typeof v === "boolean" ? v : Error(`${field.name} must be true or false`);
  return toSeconds(v) ?? Error(`${field.name} must be a date (unix seconds or YYYY-MM-DDTHH:mm:SSZ)`);
}

/** Validates a create/PATCH body; returns the fields to store or a 400 message naming the field and the fix. */
export function validateUserInput(body: unknown, ctx: UserInputContext): Record<string, unknown> | string {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return "The request body must be a JSON object of user fields";
  const out: Record<string, unknown> = {};
  const custom = new Map(ctx.customFields.map((f) => [f.name, f]));
  for (const [key, v] of Object.entries(body as Record<string, unknown>)) {
    const kind = standardUserFields[key];
    if (readOnlyUserFields.has(key)) continue;
    if (kind) {
      // Text fields may be cleared with null; username and email are then caught by the required check.
      const ok =
        v === null
          ? kind === "string" || kind === "nullable-string"
          : kind === "integer"
            ? Number.isInteger(v)
            : kind === "boolean"
              ? typeof v === "boolean"
              : typeof v === "string";
      if (!ok)
        return `Invalid value for ${key}: expected ${kind === "integer" ? "an integer" : kind === "boolean" ? "true or false" : "a string"}`;
      out[key] = v;
    } else if (custom.has(key)) {
      const checked = checkCustom(custom.get(key) as OomnitzaCustomField, v);
      if (checked instanceof Error) return `Invalid value for ${checked.message}`;
      out[key] = checked;
    } else if (!ctx.allowUnknown) {
      return `Unknown field "${key}": create it under Users > Customization, or send header Oomnitza-Allow-Unknown-Meta-Fields: 1 to ignore unknown fields`;
    }
  }
  const required = [
    "username",
    "email",
    "role",
    ...ctx.customFields.filter((f) => f.mandatory).map((f) => f.name),
  ];
  for (const key of required) {
    const missing = out[key] === undefined || out[key] === null || out[key] === "";
    if ((ctx.create && missing) || (!ctx.create && key in out && missing)) return `${key} is required`;
  }
  if (typeof out.email === "string" && !emailPattern.test(out.email))
    return `Invalid value for email: "${out.email}" is not an email address`;
  if (out.role !== undefined && !ctx.roles.some((r) => r.id === out.role)) {
    return `Invalid value for role: ${String(out.role)} is not a role of this tenant (roles: ${ctx.roles.map((r) => `${r.id} ${r.name}`).join(", ")})`;
  }
  return out;
}
