import type { OomnitzaCustomField, OomnitzaRole, SandboxOomnitzaUser } from "../types.js";
import { type UserInputContext, validateUserInput } from "./validate-user-input.js";

/** Thrown by state writes the API answers with 400 (bad field, duplicate unique value). */
export class OomnitzaInputError extends Error {
  override name = "OomnitzaInputError";
}

/** Options of one write: the two Oomnitza request headers that change validation. */
export interface WriteOptions {
  allowUnknown?: boolean;
  /** Who made the change (`changed_by`). */
  actor?: string;
}

// Standard text fields are typed plain `string` in openapi/oomnitza.yaml, so empty ones are omitted, not null.
const omitWhenNull = new Set([
  "first_name",
  "last_name",
  "position",
  "phone_number",
  "address",
  "username",
  "email",
  "full_name",
]);

/** The API form of a stored user. */
export function serializeUser(u: SandboxOomnitzaUser): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(u)) if (!(v === null && omitWhenNull.has(k))) out[k] = v;
  return out;
}

/** People records with case-insensitive unique indexes on username, email and unique custom fields. */
export function createUserStore(
  seed: SandboxOomnitzaUser[],
  customFields: OomnitzaCustomField[],
  roles: OomnitzaRole[],
  newId: () => string,
  clock: () => number,
) {
  const users = new Map<string, SandboxOomnitzaUser>();
  const uniqueFields = ["username", "email", ...customFields.filter((f) => f.unique).map((f) => f.name)];
  const indexes = new Map(uniqueFields.map((f) => [f, new Map<string, string>()]));
  const keyOf = (v: unknown) =>
    v === null || v === undefined || v === "" ? undefined : String(v).toLowerCase();
  let nextUid = 1;
  const index = (u: SandboxOomnitzaUser, on: boolean) => {
    for (const [field, idx] of indexes) {
      const k = keyOf(u[field]);
      if (k !== undefined) on ? idx.set(k, u.user_id) : idx.delete(k);
    }
  };
  const checkUnique = (values: Record<string, unknown>, self?: string) => {
    for (const [field, idx] of indexes) {
      const k = keyOf(values[field]);
      const owner = k === undefined ? undefined : idx.get(k);
      if (owner !== undefined && owner !== self) {
        throw new OomnitzaInputError(
          `${field} "${String(values[field])}" is already used by user ${owner} (${field} is unique, case-insensitive)`,
        );
      }
    }
  };
  const fullName = (u: Pick<SandboxOomnitzaUser, "first_name" | "last_name">) =>
    [u.first_name, u.last_name].filter(Boolean).join(" ");
  const known = new Set(customFields.map((f) => f.name));
  for (const s of seed) {
    const u = { ...s };
    // Drop seeded custom values the tenant has no field for (e.g. lever_id when customFields is empty).
    for (const k of Object.keys(u)) if (k === "lever_id" && !known.has(k)) delete u[k];
    for (const f of customFields) if (!(f.name in u)) u[f.name] = null;
    checkUnique(u);
    users.set(u.user_id, u);
    index(u, true);
    nextUid = Math.max(nextUid, u.uid + 1);
  }
  const ctx = (create: boolean, o: WriteOptions): UserInputContext => ({
    create,
    allowUnknown: o.allowUnknown ?? false,
    customFields,
    roles,
  });
  return {
    users,
    fieldNames: (): string[] => [
      "user_id",
      "uid",
      "full_name",
      "creation_date",
      "change_date",
      "created_by",
      "changed_by",
      "last_login_date",
      "username",
      "email",
      "first_name",
      "last_name",
      "role",
      "position",
      "phone_number",
      "address",
      "suspended",
      "external_id",
      "email_subscription",
      ...customFields.map((f) => f.name),
    ],
    findBy(field: string, value: unknown): SandboxOomnitzaUser[] {
      const idx = indexes.get(field);
      if (idx) {
        const id = idx.get(keyOf(value) ?? "");
        return id ? [users.get(id) as SandboxOomnitzaUser] : [];
      }
      return [...users.values()].filter((u) => u[field] === value);
    },
    create(body: unknown, o: WriteOptions = {}): SandboxOomnitzaUser {
      const values = validateUserInput(body, ctx(true, o));
      if (typeof values === "string") throw new OomnitzaInputError(values);
      checkUnique(values);
      const now = Math.floor(clock() / 1000);
      const u: SandboxOomnitzaUser = {
        user_id: newId(),
        uid: nextUid++,
        username: "",
        email: "",
        first_name: null,
        last_name: null,
        full_name: "",
        role: 0,
        position: null,
        phone_number: null,
        suspended: false,
        external_id: null,
        creation_date: now,
        change_date: now,
        created_by: o.actor ?? "api",
        changed_by: o.actor ?? "api",
        ...Object.fromEntries(customFields.map((f) => [f.name, null])),
        ...values,
      };
      u.full_name = fullName(u);
      users.set(u.user_id, u);
      index(u, true);
      return u;
    },
    patch(id: string, body: unknown, o: WriteOptions = {}): SandboxOomnitzaUser {
      const u = users.get(id);
      if (!u) throw new OomnitzaInputError(`user ${id} not found`);
      const values = validateUserInput(body, ctx(false, o));
      if (typeof values === "string") throw new OomnitzaInputError(values);
      checkUnique(values, id);
      index(u, false);
      Object.assign(u, values, { change_date: Math.floor(clock() / 1000), changed_by: o.actor ?? "api" });
      u.full_name = fullName(u);
      index(u, true);
      return u;
    },
    remove(id: string): SandboxOomnitzaUser | undefined {
      const u = users.get(id);
      if (!u) return undefined;
      index(u, false);
      users.delete(id);
      return u;
    },
  };
}

/** The user store's type. */
export type UserStore = ReturnType<typeof createUserStore>;
