import { createLeverClient } from "@lever-oomnitza/lever-client";
import { createOomnitzaClient } from "@lever-oomnitza/oomnitza-client";
import type { ConnectorConfig, Logger } from "../types.js";
import type { WorkflowClients } from "./workflow-clients.js";

/** Builds the Lever and Oomnitza clients a workflow uses from a loaded config (secrets stay inside). */
export function createWorkflowClients(
  config: Pick<ConnectorConfig, "lever" | "oomnitza">,
  opts: { fetch?: typeof globalThis.fetch | undefined; logger?: Logger | undefined } = {},
): WorkflowClients {
  const common = {
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  };
  const lever = createLeverClient({
    apiKey: config.lever.apiKey,
    region: config.lever.region,
    ...(config.lever.baseUrl !== undefined ? { baseUrl: config.lever.baseUrl } : {}),
    ...(config.lever.rateLimit !== undefined ? { rateLimit: config.lever.rateLimit } : {}),
    ...(config.lever.timeoutMs !== undefined ? { timeoutMs: config.lever.timeoutMs } : {}),
    ...common,
  });
  const oomnitza = createOomnitzaClient({
    baseUrl: config.oomnitza.baseUrl,
    token: config.oomnitza.token,
    ...(config.oomnitza.rateLimit !== undefined ? { rateLimit: config.oomnitza.rateLimit } : {}),
    ...(config.oomnitza.timeoutMs !== undefined ? { timeoutMs: config.oomnitza.timeoutMs } : {}),
    ...common,
  });
  return { lever, oomnitza };
}
