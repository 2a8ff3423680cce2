import type { IncomingMessage } from "node:http";
import { createRandom } from "../data/create-random.js";
import { type Dataset, type DatasetOptions, generateDataset } from "../data/generate-dataset.js";
import type { CommonServerOptions, SandboxServer } from "../server/sandbox-server.js";
import { startHttpServer } from "../server/start-http-server.js";
import type { LeverPermission } from "../types.js";
import { createLeverState, type LeverSandboxState } from "./create-lever-state.js";
import { leverError } from "./lever-errors.js";
import { leverRoutes } from "./lever-routes.js";

/** Credentials of the Lever sandbox: a full key and one without the `tags` permission. */
export interface LeverSandboxCredentials {
  apiKey: string;
  /** May read users but not tags: `GET /v1/tags` answers 403 with it. */
  limitedApiKey: string;
}

/** Options of `startLeverSandbox`. */
export interface LeverSandboxOptions extends CommonServerOptions {
  /** Data to serve; generated from `data` options when omitted. */
  dataset?: Dataset;
  data?: DatasetOptions;
  /** The full-permission key (default derived from the seed). */
  apiKey?: string;
  /** More keys with chosen permissions. */
  apiKeys?: { key: string; permissions: LeverPermission[]; label?: string }[];
}

/** The running Lever sandbox. */
export type LeverSandbox = SandboxServer<LeverSandboxState, LeverSandboxCredentials>;

function credentialOf(req: IncomingMessage, state: LeverSandboxState): string | undefined {
  const header = req.headers.authorization ?? "";
  const [scheme = "", value = ""] = header.split(" ");
  let key = "";
  // API key as the Basic username, empty password; OAuth access tokens come as Bearer (docs/vendor-facts.md#lever-hosts-and-auth).
  if (scheme.toLowerCase() === "basic")
    key = Buffer.from(value, "base64").toString("utf8").split(":")[0] ?? "";
  else if (scheme.toLowerCase() === "bearer") key = value;
  return state.apiKeys.get(key)?.label;
}

/**
 * Starts a Lever Data API v1 sandbox on loopback: Basic auth, permissioned keys, users with opaque offset
 * tokens, tags, `{code,message}` errors and a 10/s burst-20 token bucket per key with 429 and no Retry-After.
 */
export async function startLeverSandbox(o: LeverSandboxOptions = {}): Promise<LeverSandbox> {
  const dataset = o.dataset ?? generateDataset(o.data);
  const ids = createRandom(dataset.seed + 104_729);
  const clock = o.clock ?? Date.now;
  const state = createLeverState(
    dataset.lever.users,
    dataset.lever.tags.map((t) => ({ ...t })),
    () => ids.uuid(),
    clock,
  );
  const credentials = {
    apiKey: o.apiKey ?? `lever_sbx_${ids.hex(32)}`,
    limitedApiKey: `lever_sbx_limited_${ids.hex(24)}`,
  };
  state.addApiKey(credentials.apiKey, ["users:read", "users:write", "tags:read"], "apiKey");
  state.addApiKey(credentials.limitedApiKey, ["users:read"], "limitedApiKey");
  for (const k of o.apiKeys ?? []) state.addApiKey(k.key, k.permissions, k.label);
  const server = await startHttpServer(
    {
      routes: leverRoutes(state),
      authenticate: (req) => {
        const credential = credentialOf(req, state);
        return credential
          ? { credential }
          : leverError(
              401,
              "UnauthorizedError",
              "Invalid API key: send it as the Basic auth username with an empty password",
            );
      },
      authorize: (credential, permission) => {
        const key = [...state.apiKeys.values()].find((k) => k.label === credential);
        if (!permission || key?.permissions.includes(permission as LeverPermission)) return null;
        return leverError(
          403,
          "ForbiddenError",
          `This API key does not have the ${permission} permission; grant it under Settings → Integrations and API`,
        );
      },
      // Lever documents 429 without any Retry-After or rate headers (docs/vendor-facts.md#lever-rate-limits).
      rateLimited: () =>
        leverError(429, "TooManyRequests", "Rate limit exceeded: at most 10 requests per second per API key"),
      notFound: (method, path) => leverError(404, "ResourceNotFound", `No route for ${method} ${path}`),
      badRequest: (message) => leverError(400, "BadRequestError", message),
      serverError: (status) =>
        leverError(
          status,
          status === 503 ? "ServiceUnavailable" : "InternalServerError",
          "Something went wrong; retry with backoff",
        ),
      malformedBody: '{"data":[{"id":"',
    },
    {
      ...o,
      faults: { rateLimit: { perSecond: 10, burst: 20 }, ...o.faults },
      random: o.random ?? createRandom(dataset.seed ^ 0x5eed).next,
      now: o.now ?? (() => performance.now()),
    },
  );
  return { ...server, baseUrl: `${server.url}/v1`, credentials, state };
}
