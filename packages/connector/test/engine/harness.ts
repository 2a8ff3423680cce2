import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, type SandboxOptions, startSandbox } from "@lever-oomnitza/sandbox";
import { afterEach } from "vitest";
import type { ConnectorConfig } from "../../src/config/config-schema.js";
import type { Connector, ConnectorOptions } from "../../src/engine/connector-types.js";
import { createConnector, loadConfig } from "../../src/index.js";
import { README_MAPPING as MAPPING, memoryLogger } from "../fixtures/readme-mapping.js";

export { memoryLogger, README_MAPPING as MAPPING } from "../fixtures/readme-mapping.js";

export interface Harness {
  sandbox: Sandbox;
  config: ConnectorConfig;
  stateDir: string;
  logger: ReturnType<typeof memoryLogger>;
  connector(over?: Record<string, unknown>, opts?: ConnectorOptions): Promise<Connector>;
  /** The harness config with these top-level keys replaced (e.g. `workflows`). */
  configWith(over: Record<string, unknown>): Promise<ConnectorConfig>;
}

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Starts both sandboxes (no latency, no rate limits unless asked) and a config pointing at them. */
export async function harness(
  o: SandboxOptions & { config?: Record<string, unknown> } = {},
): Promise<Harness> {
  const { config: overrides, ...sandboxOptions } = o;
  const sandbox = await startSandbox({
    leverUsers: 60,
    ...sandboxOptions,
    lever: { ...sandboxOptions.lever, faults: { rateLimit: false, ...sandboxOptions.lever?.faults } },
    oomnitza: {
      ...sandboxOptions.oomnitza,
      faults: { rateLimit: false, ...sandboxOptions.oomnitza?.faults },
    },
  });
  open.push(sandbox);
  const stateDir = mkdtempSync(join(tmpdir(), "connector-e2e-"));
  const logger = memoryLogger();
  const build = async (over: Record<string, unknown> = {}) =>
    loadConfig(
      {
        lever: { baseUrl: sandbox.lever.baseUrl, apiKey: "${LEVER_API_KEY}", rateLimit: false },
        oomnitza: { baseUrl: sandbox.oomnitza.baseUrl, token: "${OOMNITZA_API_TOKEN}", rateLimit: false },
        mapping: MAPPING,
        saas: { app: "Lever", deactivateMissing: true, maxDeactivations: 1000 },
        state: { dir: stateDir },
        ...overrides,
        ...over,
      },
      {
        env: {
          LEVER_API_KEY: sandbox.lever.credentials.apiKey,
          OOMNITZA_API_TOKEN: sandbox.oomnitza.credentials.token,
        },
      },
    );
  const config = await build();
  return {
    sandbox,
    config,
    stateDir,
    logger,
    connector: async (over, opts) => createConnector(over ? await build(over) : config, { logger, ...opts }),
    configWith: build,
  };
}

/** Oomnitza people holding a Lever id, by Lever id. */
export function peopleByLeverId(sandbox: Sandbox): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const u of sandbox.oomnitza.state.users()) if (typeof u.lever_id === "string") out.set(u.lever_id, u);
  return out;
}

/** The Lever app's SaaS users in the sandbox. */
export function leverSaasUsers(sandbox: Sandbox) {
  const app = sandbox.oomnitza.state.findSaasApp("Lever");
  return app ? sandbox.oomnitza.state.saasUsers(app.saas_id) : [];
}
