import { collectPages } from "@lever-oomnitza/http";
import { f } from "@lever-oomnitza/oomnitza-client";
import { ConfigError } from "../config-error.js";
import type { Logger } from "../types.js";
import type { WorkflowClients } from "./workflow-clients.js";
import type { WorkflowLeverUser, WorkflowPerson, WorkflowSaasUser } from "./workflow-records.js";

/** What a workflow reads before planning. */
export interface WorkflowInputs {
  saasId: string | number;
  saasUsers: WorkflowSaasUser[];
  leverUsers: WorkflowLeverUser[];
  persons: WorkflowPerson[];
}

/**
 * Reads, once each: the SaaS users of the app (`GET /saas_users?filter=saas_id=…`), every Lever user
 * including deactivated ones in pages of 100 (a full listing is far cheaper than one lookup per SaaS
 * user), and the Oomnitza people only when the rule reads `user.*`.
 */
export async function readWorkflowInputs(
  clients: WorkflowClients,
  app: string,
  opts: { persons: boolean; logger?: Logger | undefined },
): Promise<WorkflowInputs> {
  const found = await clients.oomnitza.saas.findByName(app);
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
  const [saasUsers, leverUsers, persons] = await Promise.all([
    collectPages(clients.oomnitza.saasUsers.listPages({ filter: f.eq("saas_id", saasId) })),
    collectPages(clients.lever.users.listPages({ includeDeactivated: true, pageSize: 100 })),
    opts.persons ? collectPages(clients.oomnitza.users.listPages({})) : Promise.resolve([]),
  ]);
  // Defensive: keep only this app's users even if the server ignored the filter.
  const own = saasUsers.filter(
    (user) => user.saas_id === undefined || String(user.saas_id) === String(saasId),
  );
  opts.logger?.info(
    { saasId, saasUsers: own.length, leverUsers: leverUsers.length, persons: persons.length },
    "workflow inputs read",
  );
  return { saasId, saasUsers: own, leverUsers, persons };
}
