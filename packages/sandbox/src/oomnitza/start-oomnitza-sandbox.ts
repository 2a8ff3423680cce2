import type { IncomingMessage } from "node:http";
import { createRandom } from "../data/create-random.js";
import { type Dataset, type DatasetOptions, generateDataset } from "../data/generate-dataset.js";
import type { CommonServerOptions, SandboxServer } from "../server/sandbox-server.js";
import { startHttpServer } from "../server/start-http-server.js";
import type { ListLimits } from "./apply-list-query.js";
import { createOomnitzaState, type OomnitzaSandboxState } from "./create-oomnitza-state.js";
import { oomnitzaError } from "./oomnitza-error.js";
import { saasRoutes } from "./saas-routes.js";
import { type SandboxTenant, tenantBehaviour } from "./tenant-variant.js";
import { userRoutes } from "./user-routes.js";

/** Permissions a sandbox Oomnitza token can hold (the token acts with its user's role). */
export type OomnitzaPermission = "users:read" | "users:write" | "saas:read" | "saas:write";

/** Credentials of the Oomnitza sandbox. */
export interface OomnitzaSandboxCredentials {
  /** Full-permission API token, sent as `Authorization2: <token>`. */
  token: string;
  /** May read users and SaaS but not write: writes answer 403. */
  readOnlyToken: string;
  /** Basic-auth login with full permissions. */
  username: string;
  password: string;
}

/** Options of `startOomnitzaSandbox`. */
export interface OomnitzaSandboxOptions extends CommonServerOptions {
  dataset?: Dataset;
  data?: DatasetOptions;
  token?: string;
  tokens?: { token: string; permissions: OomnitzaPermission[]; label?: string }[];
  /** Page size when `limit` is absent (default 100) and the silent cap on `limit` (default 1000). */
  pageSize?: Partial<Omit<ListLimits, "totalCount">>;
  /** Which tenant to imitate (default `standard`, the spec); see `sandboxTenants`. */
  tenant?: SandboxTenant;
}

/** The running Oomnitza sandbox. */
export type OomnitzaSandbox = SandboxServer<OomnitzaSandboxState, OomnitzaSandboxCredentials> & {
  /** The tenant variant it imitates. */
  tenant: SandboxTenant;
};

/**
 * Starts an Oomnitza REST API v3 sandbox on loopback implementing `openapi/oomnitza.yaml`: `Authorization2`
 * tokens, users with a real filter parser, unique case-insensitive username/email/custom fields, SaaS apps,
 * SaaS users and roles, and an optional rate limit answering 429 with `Retry-After`.
 */
export async function startOomnitzaSandbox(o: OomnitzaSandboxOptions = {}): Promise<OomnitzaSandbox> {
  const tenant = tenantBehaviour(o.tenant);
  const dataset = o.dataset ?? generateDataset(o.data);
  const ids = createRandom(dataset.seed + 130_363);
  const clock = o.clock ?? Date.now;
  const { state, people, saas } = createOomnitzaState(dataset.oomnitza, () => ids.hex(32), clock);
  const credentials: OomnitzaSandboxCredentials = {
    token: o.token ?? `oomnitza_sbx_${ids.hex(32)}`,
    readOnlyToken: `oomnitza_sbx_ro_${ids.hex(24)}`,
    username: "sandbox-admin",
    password: `pw_${ids.hex(16)}`,
  };
  const all: OomnitzaPermission[] = ["users:read", "users:write", "saas:read", "saas:write"];
  const tokens = new Map<string, { label: string; permissions: OomnitzaPermission[] }>([
    [credentials.token, { label: "token", permissions: all }],
    [credentials.readOnlyToken, { label: "readOnlyToken", permissions: ["users:read", "saas:read"] }],
    ...(o.tokens ?? []).map(
      (t, i) => [t.token, { label: t.label ?? `token-${i + 3}`, permissions: t.permissions }] as const,
    ),
  ]);
  const byLabel = new Map([...tokens.values()].map((t) => [t.label, t]));
  byLabel.set("basic", { label: "basic", permissions: all });
  const limits: ListLimits = {
    defaultLimit: o.pageSize?.defaultLimit ?? 100,
    maxLimit: tenant.maxLimit ?? o.pageSize?.maxLimit ?? 1000,
    totalCount: tenant.totalCount,
  };
  const authenticate = (req: IncomingMessage) => {
    const token = req.headers.authorization2;
    if (typeof token === "string" && tokens.has(token))
      return { credential: (tokens.get(token) as { label: string }).label };
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? "");
    const [user, ...pw] = Buffer.from(basic?.[1] ?? "", "base64")
      .toString("utf8")
      .split(":");
    if (basic && user === credentials.username && pw.join(":") === credentials.password)
      return { credential: "basic" };
    return oomnitzaError(
      401,
      "Invalid or missing credentials: send the API token as header Authorization2: <token>",
    );
  };
  const server = await startHttpServer(
    {
      routes: [...userRoutes(state, people, limits), ...saasRoutes(saas, people, limits, tenant)],
      authenticate,
      authorize: (credential, permission) =>
        !permission || byLabel.get(credential)?.permissions.includes(permission as OomnitzaPermission)
          ? null
          : oomnitzaError(
              403,
              `The Integration User must have appropriate permissions (${permission}) for this operation`,
            ),
      rateLimited: (ms) => ({
        ...oomnitzaError(429, "Too many requests"),
        headers: { "Retry-After": String(Math.max(1, Math.ceil(ms / 1000))) },
      }),
      notFound: (method, path) => oomnitzaError(404, `No route for ${method} ${path}`),
      badRequest: (message) => oomnitzaError(400, message),
      serverError: (status) =>
        oomnitzaError(
          status,
          status === 503 ? "Service temporarily unavailable (maintenance)" : "Internal server error",
        ),
      malformedBody: '[{"user_id":"',
    },
    {
      ...o,
      random: o.random ?? createRandom(dataset.seed ^ 0x0bad).next,
      now: o.now ?? (() => performance.now()),
    },
  );
  return { ...server, baseUrl: server.url, credentials, state, tenant: o.tenant ?? "standard" };
}
