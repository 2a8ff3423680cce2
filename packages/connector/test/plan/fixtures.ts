import { type Mapping, validateMapping } from "@lever-oomnitza/mapping";
import type { LeverUserData, OomnitzaUserData, SaasUserData } from "../../src/plan/plan-data.js";
import { README_MAPPING } from "../fixtures/readme-mapping.js";

export const NOW = new Date("2026-11-27T02:00:00Z");

/** The README's mapping: email → username/email, name split, Lever id into a custom field. */
export function testMapping(over: Record<string, unknown> = {}): Mapping {
  const v = validateMapping({
    ...README_MAPPING,
    ...over,
  });
  if (v.status !== "ready") throw new Error(JSON.stringify(v.problems));
  return v.mapping;
}

export function lever(id: string, over: Partial<LeverUserData> = {}): LeverUserData {
  return {
    id,
    name: `Person ${id.toUpperCase()}`,
    email: `${id}@acme.io`,
    createdAt: 1_690_000_000_000,
    deactivatedAt: null,
    accessRole: "team member",
    ...over,
  };
}

/** The Oomnitza person a sync of `lever(id)` would produce. */
export function person(
  userId: string,
  leverId: string,
  over: Partial<OomnitzaUserData> = {},
): OomnitzaUserData {
  return {
    user_id: userId,
    username: `${leverId}@acme.io`,
    email: `${leverId}@acme.io`,
    first_name: "Person",
    last_name: leverId.toUpperCase(),
    lever_id: leverId,
    role: 25,
    change_date: 1_700_000_000,
    ...over,
  };
}

export function saasUser(saasUserId: string, userId: string, over: Partial<SaasUserData> = {}): SaasUserData {
  return {
    saas_user_id: saasUserId,
    user_id: userId,
    status: "active",
    user_external_id: null,
    roles: [],
    ...over,
  };
}
