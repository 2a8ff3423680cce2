import { f } from "@lever-oomnitza/oomnitza-client";
import { ConfigError } from "../config/config-error.js";
import type { EngineContext } from "../engine/engine-context.js";
import type { LeverUserData, OomnitzaUserData, SaasUserData } from "../plan/plan-data.js";
import { type SaasUserSupport, saasUserSupport } from "../plan/saas-user-support.js";

/**
 * A SaaS user of the Lever app as the workflows plan with it. `saas_user_id` is the record's own, or
 * `user:<user_id>` on tenants that send none (the export addresses a SaaS user by app and person); such
 * a key only names the record in plans, snapshots and reports and is never sent: status changes are
 * refused on those tenants (`saasUserSupport`).
 */
export interface WorkflowSaasUser extends SaasUserData {
  saas_user_id: string;
}

/** What a workflow reads before planning. */
export interface WorkflowInputs {
  saasId: number;
  saasUsers: WorkflowSaasUser[];
  leverUsers: LeverUserData[];
  persons: OomnitzaUserData[];
  /** Which status features the SaaS users as read support (`saasUserSupport`). */
  support: SaasUserSupport;
  /** `/saas_users` records of other apps that a server ignoring the filter returned; never acted on. */
  otherApps: number;
}

/**
 * Reads, once each: the SaaS users of the app (`GET /saas_users?filter=saas_id eq …`), every Lever user
 * including deactivated ones in pages of 100 (a full listing is far cheaper than one lookup per SaaS
 * user), and the Oomnitza people only when the rule reads `user.*`. A server may ignore the filter: a
 * record whose `saas_id` is another app's is dropped, and when records carry no `saas_id` at all (the 2022
 * export's shape) the app's users are read through `/saas/{ident}/users`, which its path scopes to the app.
 */
export async function readWorkflowInputs(
  ctx: EngineContext,
  opts: { persons: boolean; feature: string },
): Promise<WorkflowInputs> {
  const app = ctx.config.saas.app;
  const found = await ctx.oomnitza.saas.findByName(app);
  if (!found) {
    // Nothing can be read or written without the app: a setup problem (exit 2), not a record failure.
    throw new ConfigError([
      {
        path: "saas.app",
        message: `SaaS app "${app}" is not in Oomnitza.`,
        fix: "run `connector sync` first (it creates the app and its users), or set saas.app to the app's name in Oomnitza.",
      },
    ]);
  }
  const saasId = found.saas_id;
  const [listed, leverUsers, persons] = await Promise.all([
    ctx.oomnitza.saasUsers.list({ filter: f.eq("saas_id", saasId) }).toArray(),
    ctx.lever.users.list({ includeDeactivated: true, pageSize: 100 }).toArray(),
    opts.persons ? ctx.oomnitza.users.list().toArray() : Promise.resolve([]),
  ]);
  const unscoped = listed.some((user) => user.saas_id === undefined || user.saas_id === null);
  const records = unscoped ? await ctx.oomnitza.saas.users(saasId).toArray() : listed;
  const own = records.filter((user) => unscoped || String(user.saas_id) === String(saasId));
  const otherApps = records.length - own.length;
  if (otherApps > 0)
    ctx.logger.warn(
      { saasId, otherApps },
      "Oomnitza ignored the saas_id filter of /saas_users: SaaS users of other apps were dropped and are never acted on",
    );
  if (unscoped)
    ctx.logger.warn(
      { saasId },
      "SaaS users from /saas_users carry no saas_id: read the app's users through /saas/{ident}/users instead",
    );
  const support = saasUserSupport(own, opts.feature);
  const saasUsers = own.map(workflowSaasUser);
  ctx.logger.info(
    { saasId, saasUsers: saasUsers.length, leverUsers: leverUsers.length, persons: persons.length },
    "workflow inputs read",
  );
  return { saasId, saasUsers, leverUsers, persons, support, otherApps };
}

function workflowSaasUser(record: SaasUserData): WorkflowSaasUser {
  return { ...record, saas_user_id: record.saas_user_id ?? `user:${record.user_id}` };
}
