import type { TransportStats } from "@lever-oomnitza/http";
import type { WorkflowLeverUser, WorkflowPerson, WorkflowSaasUserRecord } from "./workflow-records.js";

/**
 * The client calls the workflows make: the structural subset of `createLeverClient()` and
 * `createOomnitzaClient()`, so a caller can pass its own clients (proxies, tests).
 */
export interface WorkflowClients {
  lever: {
    users: {
      listPages(query?: {
        includeDeactivated?: boolean;
        pageSize?: number;
      }): AsyncIterable<WorkflowLeverUser[]>;
      /** `POST /users/:id/deactivate`: Lever has no delete, deactivation is its offboarding. */
      deactivate(id: string): Promise<unknown>;
    };
    stats: TransportStats;
  };
  oomnitza: {
    saas: {
      findByName(name: string): Promise<{ saas_id: string | number } | undefined>;
      /** `GET /saas/{ident}/users`: scoped to the app by its path, for records that carry no saas_id. */
      users(saasId: string | number): Promise<WorkflowSaasUserRecord[]>;
      setUserRoles(
        saasId: string | number,
        userIds: string[],
        roles: { role_external_id: string; role_external_label: string }[],
      ): Promise<{ user_id?: unknown; errors?: string[] }[]>;
    };
    saasUsers: {
      listPages(query?: { filter?: string; pageSize?: number }): AsyncIterable<WorkflowSaasUserRecord[]>;
      deactivate(saasUserIds: string[]): Promise<{ saas_user_id: string; error: string | null }[]>;
    };
    users: { listPages(query?: { pageSize?: number }): AsyncIterable<WorkflowPerson[]> };
    stats: TransportStats;
  };
}
