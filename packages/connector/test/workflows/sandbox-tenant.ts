// Sets up a small sandbox tenant for the workflow end-to-end tests: every Lever user has an Oomnitza
// person and a seat in the "Lever" SaaS app (user_external_id = Lever id, no role yet, recent visit),
// plus one seat whose person is not in Lever at all. Uses the sandbox's exported state helpers.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@lever-oomnitza/sandbox";
import type { ConnectorConfig } from "../../src/config/config-schema.js";
import { loadConfig } from "../../src/config/load-config.js";

export const NOW = new Date("2026-06-01T12:00:00Z");
export const nowS = Math.floor(NOW.getTime() / 1000);
export const DAY_S = 86_400;

export interface Tenant {
  sandbox: Sandbox;
  saasId: number;
  /** Lever id → SaaS user id. */
  seatOf: Map<string, string>;
  outsiderSeat: string;
  stateDir: string;
  configObject(workflows: Record<string, unknown>): Record<string, unknown>;
  config(workflows: Record<string, unknown>): Promise<ConnectorConfig>;
}

export async function startTenant(leverUsers = 24, seed = 11): Promise<Tenant> {
  const sandbox = await startSandbox({
    leverUsers,
    seed,
    now: NOW.getTime(),
    oomnitza: { rateLimit: false } as never,
  });
  const o = sandbox.oomnitza.state;
  const app = o.addSaasApp({ saas_name: "Lever" });
  const seatOf = new Map<string, string>();
  for (const user of sandbox.lever.state.users()) {
    const found = o.findUsers("email", user.email)[0];
    const person =
      found ??
      o.addUser({
        username: user.email,
        email: user.email,
        first_name: user.name,
        last_name: "Lever",
        role: 25,
      });
    const seat = o.assignSaasUser(app.saas_id, String(person.user_id));
    o.updateSaasUser(seat.saas_user_id, { user_external_id: user.id, last_visit: nowS - 3 * DAY_S });
    seatOf.set(user.id, seat.saas_user_id);
  }
  const outsider = o.addUser({
    username: "outsider@acme.io",
    email: "outsider@acme.io",
    first_name: "Out",
    last_name: "Sider",
    role: 25,
  });
  const outsiderSeat = o.assignSaasUser(app.saas_id, String(outsider.user_id)).saas_user_id;
  o.updateSaasUser(outsiderSeat, { last_visit: nowS - DAY_S });
  const stateDir = await mkdtemp(join(tmpdir(), "workflows-e2e-"));
  const configObject = (workflows: Record<string, unknown>) => ({
    lever: { baseUrl: sandbox.lever.baseUrl, apiKey: sandbox.lever.credentials.apiKey, rateLimit: false },
    oomnitza: {
      baseUrl: sandbox.oomnitza.baseUrl,
      token: sandbox.oomnitza.credentials.token,
      rateLimit: false,
    },
    saas: { app: "Lever", maxDeactivations: 10 },
    state: { dir: stateDir },
    workflows,
  });
  return {
    sandbox,
    saasId: app.saas_id,
    seatOf,
    outsiderSeat,
    stateDir,
    configObject,
    config: (workflows) => loadConfig(configObject(workflows), { env: {} }),
  };
}
