import {
  authMiddleware,
  createTransport,
  errorMiddleware,
  TransportOptionError,
  type TransportStats,
} from "@lever-oomnitza/http";
import createClient from "openapi-fetch";
import type { paths } from "./generated/lever.js";
import { isLeverIdempotent } from "./is-lever-idempotent.js";
import type { LeverClientOptions } from "./lever-client-options.js";
import { LeverConfigError } from "./lever-config-error.js";
import type { LeverRawClient } from "./lever-raw-client.js";
import { resolveLeverOptions } from "./resolve-lever-options.js";
import { createTagsApi, type LeverTagsApi } from "./tags-api.js";
import { createUsersApi, type LeverUsersApi } from "./users-api.js";

/** What {@link createLeverClient} returns. */
export interface LeverClient {
  /**
   * Typed openapi-fetch client for every operation in `openapi/lever.yaml`. Non-2xx responses throw
   * `ApiError`; a request aborted through its `signal` throws `ApiError{kind:'aborted'}`.
   */
  raw: LeverRawClient;
  users: LeverUsersApi;
  tags: LeverTagsApi;
  /** Live counters: attempts, retries, 429s, per status and per route. */
  stats: TransportStats;
}

/** The client's default throttle: Lever's 10/s, a burst of 16, and never more than 20 in any one second. */
const LEVER_DEFAULT_RATE_LIMIT = { perSecond: 10, burst: 16, maxInAnySecond: 20 } as const;

/** An out-of-range transport option is a client option error like any other. */
function transportOrConfigError<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof TransportOptionError) throw new LeverConfigError(error.option, error.message);
    throw error;
  }
}

/**
 * A typed Lever Data API v1 client, throttled under Lever's 10 req/s (burst 20) and retrying safely.
 * Missing credentials throw `LeverConfigError` here, before any request. Lever has no delete-user endpoint.
 */
export function createLeverClient(o: LeverClientOptions): LeverClient {
  const resolved = resolveLeverOptions(o);
  const transport = transportOrConfigError(() =>
    createTransport({
      service: "lever",
      baseUrl: resolved.baseUrl,
      secrets: resolved.secrets,
      // Four tokens under Lever's burst of 20 (https://hire.lever.co/developer/documentation#rate-limits):
      // the server counts arrivals, we count sends, so transit jitter must not turn an exact-limit request
      // into a 429, and a run that starts soon after another one with the same key meets a bucket Lever
      // has not refilled yet (the sandbox measured 17.6 tokens 1.6 s after a full-speed read). "Bursts up
      // to 20 requests per second" also caps every sliding second, which a bucket alone does not
      // (16 + refill).
      rateLimit: o.rateLimit ?? LEVER_DEFAULT_RATE_LIMIT,
      isIdempotent: isLeverIdempotent,
      ...(o.retry !== undefined ? { retry: o.retry } : {}),
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.maxBodyBytes !== undefined ? { maxBodyBytes: o.maxBodyBytes } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
      ...(o.logger ? { logger: o.logger } : {}),
      ...(o.hooks ? { hooks: o.hooks } : {}),
    }),
  );
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: transport.fetch,
    headers: { accept: "application/json" },
  });
  raw.use(authMiddleware(resolved.applyAuth));
  raw.use(errorMiddleware({ service: "lever", secrets: resolved.secrets }));
  return {
    raw,
    users: createUsersApi(raw, resolved.pageSize),
    tags: createTagsApi(raw),
    stats: transport.stats,
  };
}
