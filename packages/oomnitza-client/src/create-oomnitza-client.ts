import {
  authMiddleware,
  createTransport,
  errorMiddleware,
  TransportOptionError,
  type TransportStats,
} from "@lever-oomnitza/http";
import createClient from "openapi-fetch";
import type { paths } from "./generated/oomnitza.js";
import { isOomnitzaIdempotent } from "./is-oomnitza-idempotent.js";
import type { OomnitzaClientOptions } from "./oomnitza-client-options.js";
import { OomnitzaConfigError } from "./oomnitza-config-error.js";
import type { OomnitzaRawClient } from "./oomnitza-raw-client.js";
import { resolveOomnitzaOptions } from "./resolve-oomnitza-options.js";
import { createSaasApi, type SaasApi } from "./saas-api.js";
import { createSaasUsersApi, type SaasUsersApi } from "./saas-users-api.js";
import { createUsersApi, type UsersApi } from "./users-api.js";

/** What {@link createOomnitzaClient} returns. */
export interface OomnitzaClient {
  /**
   * Typed openapi-fetch client for anything the helpers don't cover. Non-2xx responses throw `ApiError`;
   * a request aborted through its `signal` throws `ApiError{kind:'aborted'}`.
   */
  raw: OomnitzaRawClient;
  users: UsersApi;
  saas: SaasApi;
  saasUsers: SaasUsersApi;
  /** Live request counters (attempts, retries, 429s, per status and route). */
  stats: TransportStats;
}

/** The client's default request budget: 50 requests/s, bursts of 50. */
export const OOMNITZA_DEFAULT_RATE_LIMIT = { perSecond: 50, burst: 50 } as const;

/** An out-of-range transport option is a client option error like any other. */
function transportOrConfigError<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof TransportOptionError) throw new OomnitzaConfigError(error.option, error.message);
    throw error;
  }
}

/**
 * Creates a typed Oomnitza REST API v3 client: throttled, retried (idempotent requests only), with
 * redacted `ApiError`s. Bad or missing options throw `OomnitzaConfigError` naming the fix.
 * @see openapi/oomnitza.yaml (security schemes: `Authorization2: <token>` or Basic)
 */
export function createOomnitzaClient(options: OomnitzaClientOptions): OomnitzaClient {
  const resolved = resolveOomnitzaOptions(options);
  const transport = transportOrConfigError(() =>
    createTransport({
      service: "oomnitza",
      baseUrl: resolved.baseUrl,
      secrets: resolved.secrets,
      isIdempotent: isOomnitzaIdempotent,
      // Oomnitza publishes no rate limit (none in its public API docs): a modest budget, several times what its own
      // sequential connector sends, and 429s with Retry-After are honoured on top.
      rateLimit: options.rateLimit ?? OOMNITZA_DEFAULT_RATE_LIMIT,
      ...(options.retry !== undefined ? { retry: options.retry } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.hooks ? { hooks: options.hooks } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.random ? { random: options.random } : {}),
    }),
  );
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: transport.fetch,
    headers: { Accept: "application/json", ...options.headers },
  });
  raw.use(
    authMiddleware((headers) => headers.set(resolved.auth.name, resolved.auth.value)),
    errorMiddleware({ service: "oomnitza", secrets: resolved.secrets }),
  );
  const ctx = {
    raw,
    pageSize: resolved.pageSize,
    batchSize: resolved.batchSize,
    secrets: resolved.secrets,
  };
  return {
    raw,
    users: createUsersApi(ctx),
    saas: createSaasApi(ctx),
    saasUsers: createSaasUsersApi(ctx),
    stats: transport.stats,
  };
}
