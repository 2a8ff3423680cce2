import {
  authMiddleware,
  createTransport,
  errorMiddleware,
  TRANSPORT_LIMITS,
  TransportOptionError,
  type TransportStats,
  type WriteRateReport,
} from "@lever-oomnitza/http";
import createClient from "openapi-fetch";
import type { paths } from "./generated/oomnitza.js";
import { isOomnitzaIdempotent } from "./is-oomnitza-idempotent.js";
import type { OomnitzaClientOptions } from "./oomnitza-client-options.js";
import { OomnitzaConfigError } from "./oomnitza-config-error.js";
import type { OomnitzaRawClient } from "./oomnitza-raw-client.js";
import { resolveOomnitzaOptions } from "./resolve-oomnitza-options.js";
import { createSaasApi, type OomnitzaSaasApi } from "./saas-api.js";
import { createSaasUsersApi, type OomnitzaSaasUsersApi } from "./saas-users-api.js";
import { createUsersApi, type OomnitzaUsersApi } from "./users-api.js";

/** What {@link createOomnitzaClient} returns. */
export interface OomnitzaClient {
  /**
   * Typed openapi-fetch client for anything the helpers don't cover. Non-2xx responses throw `ApiError`;
   * a request aborted through its `signal` throws `ApiError{kind:'aborted'}`.
   */
  raw: OomnitzaRawClient;
  users: OomnitzaUsersApi;
  saas: OomnitzaSaasApi;
  saasUsers: OomnitzaSaasUsersApi;
  /** Live request counters (attempts, retries, 429s, per status and route). */
  stats: TransportStats;
  /** How the write rate went: adaptive (rate reached, settled, cuts and why) or the fixed `rateLimit`. */
  writeRate: () => WriteRateReport;
}

/** The client's default read budget, and where the adaptive write rate starts: 50 requests/s, bursts of 50. */
export const OOMNITZA_DEFAULT_RATE_LIMIT = { perSecond: 50, burst: 50 } as const;

/** `maxPerSecond`, when given, in the transport's rate range. */
function checkMaxPerSecond(value: unknown): void {
  const { min, max } = TRANSPORT_LIMITS.perSecond;
  if (value === undefined || (typeof value === "number" && value >= min && value <= max)) return;
  throw new OomnitzaConfigError(
    "maxPerSecond",
    `oomnitza.maxPerSecond must be a number of writes per second from ${min} to ${max}, got ${JSON.stringify(value) ?? String(value)}`,
  );
}

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
  checkMaxPerSecond(options.maxPerSecond);
  if (options.maxPerSecond !== undefined && options.rateLimit !== undefined)
    throw new OomnitzaConfigError(
      "maxPerSecond",
      "oomnitza: give either rateLimit (a fixed budget) or maxPerSecond (the ceiling of the adaptive write rate), not both",
    );
  const transport = transportOrConfigError(() =>
    createTransport({
      service: "oomnitza",
      baseUrl: resolved.baseUrl,
      secrets: resolved.secrets,
      isIdempotent: isOomnitzaIdempotent,
      // Oomnitza publishes no rate limit (none in its public API docs): reads keep a modest budget, several
      // times what its own sequential connector sends; writes find the tenant's pace (429s with Retry-After
      // are honoured on top). An explicit rateLimit pins one fixed budget for everything.
      rateLimit: options.rateLimit ?? OOMNITZA_DEFAULT_RATE_LIMIT,
      ...(options.rateLimit === undefined
        ? {
            adaptiveWrites: {
              startPerSecond: OOMNITZA_DEFAULT_RATE_LIMIT.perSecond,
              ...(options.maxPerSecond !== undefined ? { maxPerSecond: options.maxPerSecond } : {}),
            },
          }
        : {}),
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
    writeRate: transport.writeRate,
  };
}
