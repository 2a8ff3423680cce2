import type { Logger } from "@lever-oomnitza/http";
import { createLeverClient } from "@lever-oomnitza/lever-client";
import { createOomnitzaClient } from "@lever-oomnitza/oomnitza-client";
import type { ConnectorConfig } from "../config/config-schema.js";
import { SAAS_BATCH_SIZE } from "../plan/batch-size.js";
import type { LeverClient } from "./engine-context.js";

/**
 * Page size for reading people and SaaS users. Oomnitza documents no maximum; a server that caps `limit`
 * lower costs nothing but more pages, because paging trusts `X-Total-Count` over a short page.
 */
const OOMNITZA_PAGE_SIZE = 1000;

/** Builds both API clients from a loaded config; the secrets stay inside the clients' transports. */
export function createClients(
  config: ConnectorConfig,
  opts: { fetch?: typeof globalThis.fetch | undefined; logger: Logger },
): { lever: LeverClient; oomnitza: ReturnType<typeof createOomnitzaClient> } {
  const common = { ...(opts.fetch ? { fetch: opts.fetch } : {}), logger: opts.logger };
  const lever = createLeverClient({
    ...(config.lever.accessToken !== undefined
      ? { accessToken: config.lever.accessToken }
      : { apiKey: config.lever.apiKey ?? "" }),
    region: config.lever.region,
    ...(config.lever.baseUrl !== undefined ? { baseUrl: config.lever.baseUrl } : {}),
    ...(config.lever.rateLimit !== undefined ? { rateLimit: config.lever.rateLimit } : {}),
    ...(config.lever.timeoutMs !== undefined ? { timeoutMs: config.lever.timeoutMs } : {}),
    ...(config.lever.maxBodyBytes !== undefined ? { maxBodyBytes: config.lever.maxBodyBytes } : {}),
    ...common,
  });
  const oomnitza = createOomnitzaClient({
    baseUrl: config.oomnitza.baseUrl,
    token: config.oomnitza.token,
    pageSize: OOMNITZA_PAGE_SIZE,
    batchSize: SAAS_BATCH_SIZE,
    ...(config.oomnitza.rateLimit !== undefined ? { rateLimit: config.oomnitza.rateLimit } : {}),
    ...(config.oomnitza.maxPerSecond !== undefined ? { maxPerSecond: config.oomnitza.maxPerSecond } : {}),
    ...(config.oomnitza.timeoutMs !== undefined ? { timeoutMs: config.oomnitza.timeoutMs } : {}),
    ...(config.oomnitza.maxBodyBytes !== undefined ? { maxBodyBytes: config.oomnitza.maxBodyBytes } : {}),
    ...common,
  });
  return { lever, oomnitza };
}
