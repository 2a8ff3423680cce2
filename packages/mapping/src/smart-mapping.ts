import type { MappingInput } from "./types.js";

/** The tenant field names that look like a place for the Lever user id, in order of preference. */
const LEVER_ID_FIELDS = ["lever_id", "leverid", "lever_user_id", "lever_uid"];

/**
 * The default mapping a new connector gets: Email → `username` and `email` (both required by Oomnitza),
 * Name → `first_name`/`last_name`, Id → a Lever-id field when the tenant has one, sync key `email`.
 * Pass the tenant's user field names to target only fields that exist; pass `role` to make it ready
 * (otherwise `validateMapping` reports it as a draft missing its role). See `suggestFields` for the rest.
 */
export function smartMapping(
  oomnitzaFields?: readonly string[],
  options: { role?: number } = {},
): MappingInput {
  const has = (name: string) => oomnitzaFields === undefined || oomnitzaFields.includes(name);
  const fields: NonNullable<MappingInput["fields"]> = {
    username: { from: "email", transform: ["trim", "lowercase"] },
    email: { from: "email", transform: ["trim", "lowercase"] },
  };
  if (has("first_name")) fields.first_name = { from: "name", transform: "first-name" };
  if (has("last_name")) fields.last_name = { from: "name", transform: "last-name" };
  const leverId = oomnitzaFields?.find((f) => LEVER_ID_FIELDS.includes(f.toLowerCase()));
  if (leverId) fields[leverId] = "id";
  return {
    syncKeys: ["email"],
    ...(options.role !== undefined ? { role: options.role } : {}),
    fields,
  };
}
