import type { Mapping } from "@lever-oomnitza/mapping";
import type { MaxCount, MaxDeactivations, SyncPreference, SyncRecords } from "../config/config-schema.js";
import type { Plan } from "./plan.js";
import type { LeverUserData, OomnitzaUserData, SaasUserData } from "./plan-data.js";
import { planSaas } from "./plan-saas.js";
import { planUsers } from "./plan-users.js";
import { matchedPeople, resolveMaxUpdates } from "./resolve-max-updates.js";
import { summarizePlan } from "./summarize-plan.js";

/** Everything the planner needs, as plain data. */
export interface BuildPlanInput {
  leverUsers: readonly LeverUserData[];
  oomnitzaUsers: readonly OomnitzaUserData[];
  /** The Lever app and its SaaS users; ignored when `settings.records` is `users`. */
  saas?: { app: { saas_id: string | number } | null; users: readonly SaasUserData[] } | undefined;
  mapping: Mapping;
  settings: {
    records: SyncRecords;
    preference: SyncPreference;
    saasApp: string;
    deactivateMissing: boolean;
    maxDeactivations: MaxDeactivations;
    /** `sync.maxUpdates`; absent: no update stop. */
    maxUpdates?: MaxCount | undefined;
  };
  /** An earlier sync ran on this state dir: the update stop is armed (the first run updates freely). */
  previousRun?: boolean | undefined;
  now: Date;
  configFingerprint: string;
}

/** The whole plan, computed purely from data: nothing is read or written here. */
export function buildPlan(input: BuildPlanInput): Plan {
  const { settings } = input;
  const users = planUsers({
    leverUsers: input.leverUsers,
    oomnitzaUsers: input.oomnitzaUsers,
    mapping: input.mapping,
    preference: settings.preference,
    now: input.now,
  });
  const withSaas = settings.records === "users-and-saas-users";
  const saas = withSaas
    ? planSaas({
        appName: settings.saasApp,
        app: input.saas?.app ?? null,
        saasUsers: input.saas?.users ?? [],
        leverUsers: input.leverUsers,
        userActions: users,
        deactivateMissing: settings.deactivateMissing,
        maxDeactivations: settings.maxDeactivations,
      })
    : null;
  const updates =
    settings.maxUpdates === undefined
      ? undefined
      : resolveMaxUpdates(settings.maxUpdates, input.previousRun ?? false, matchedPeople(users), users);
  return {
    kind: "lever-oomnitza-plan",
    version: 1,
    createdAt: input.now.toISOString(),
    configFingerprint: input.configFingerprint,
    settings: {
      records: settings.records,
      preference: settings.preference,
      syncKeys: [...input.mapping.syncKeys],
      saasApp: settings.saasApp,
      deactivateMissing: settings.deactivateMissing,
    },
    source: {
      leverUsers: input.leverUsers.length,
      oomnitzaUsers: input.oomnitzaUsers.length,
      saasUsers: withSaas ? (input.saas?.users.length ?? 0) : 0,
    },
    summary: summarizePlan(users, saas, updates),
    users,
    saas,
    ...(updates ? { updates } : {}),
  };
}
