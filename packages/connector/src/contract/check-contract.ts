import { ApiError } from "@lever-oomnitza/http";
import { f } from "@lever-oomnitza/oomnitza-client";
import type { EngineContext } from "../engine/engine-context.js";
import { leverSpec } from "../generated/lever-spec.js";
import { oomnitzaSpec } from "../generated/oomnitza-spec.js";
import { type ContractFeature, contractImpact, featureConfigured } from "./contract-impact.js";
import type { ContractCall, ContractReport } from "./contract-report.js";
import { createSpecValidator, type SeenResponse, type SpecDeviation } from "./create-spec-validator.js";
import { shapeOf } from "./shape-of.js";

/** Records per list call: enough to see each field, and a page longer than it shows a server ignoring `limit`. */
const LIMIT = 2;

type Answer = { data?: unknown; response: Response };
interface CallSpec {
  service: "lever" | "oomnitza";
  operationId: string;
  path: string;
  feature: ContractFeature;
  headers: string[];
  /** A list bounded by `limit`. */
  limit?: number;
  /** What the schema cannot say about this answer. */
  check?: (body: unknown) => SpecDeviation[];
  send: () => Promise<Answer>;
}

async function answer(send: () => Promise<Answer>): Promise<SeenResponse | null> {
  try {
    const { data, response } = await send();
    return { status: response.status, headers: response.headers, body: data };
  } catch (error) {
    if (error instanceof ApiError && error.status !== undefined)
      return { status: error.status, headers: new Headers(), body: error.body };
    return null;
  }
}

/**
 * `connector check --contract`: the list and get calls the connector makes, one page each and read-only,
 * against the configured Lever and Oomnitza; each response's status, relied-on headers and body are
 * validated against `openapi/*.yaml` and every deviation is paired with what the connector does about it.
 */
export async function checkContract(ctx: EngineContext): Promise<ContractReport> {
  const [leverValidator, oomnitzaValidator] = await Promise.all([
    createSpecValidator(leverSpec),
    createSpecValidator(oomnitzaSpec),
  ]);
  const validate = { lever: leverValidator, oomnitza: oomnitzaValidator };
  const calls: ContractCall[] = [];
  const run = async (c: CallSpec): Promise<SeenResponse | null> => {
    const seen = await answer(c.send);
    const problems = seen
      ? validate[c.service]("GET", c.path, seen, c.headers)
      : [{ path: "status", problem: "no answer (network error or timeout)" }];
    if (seen && c.limit !== undefined && Array.isArray(seen.body) && seen.body.length > c.limit)
      problems.push({ path: "$", problem: "more records than the limit asked for" });
    if (seen && seen.status < 300 && c.check) problems.push(...c.check(seen.body));
    const op = { service: c.service, operationId: c.operationId, feature: c.feature };
    calls.push({
      service: c.service,
      operationId: c.operationId,
      method: "GET",
      path: c.path,
      feature: c.feature,
      status: seen?.status ?? null,
      headers: Object.fromEntries(
        c.headers.map((h) => [h, seen?.headers.get(h) === null || !seen ? "absent" : "present"]),
      ),
      body: seen && seen.status < 300 ? shapeOf(seen.body) : null,
      deviations: problems.map((p) => {
        const impact = contractImpact(op, p.path, p.problem);
        return {
          ...p,
          ...impact,
          breaks: impact.effect !== "works" && featureConfigured(impact.feature, ctx.config),
        };
      }),
    });
    return seen && seen.status < 300 ? seen : null;
  };
  const skip = (c: Omit<CallSpec, "send" | "headers" | "limit">, why: string) =>
    calls.push({ ...c, method: "GET", status: null, headers: {}, body: null, deviations: [], skipped: why });

  const { lever, oomnitza } = ctx;
  const listed = await run({
    service: "lever",
    operationId: "listUsers",
    path: "/users",
    feature: "people sync",
    headers: [],
    send: () => lever.raw.GET("/users", { params: { query: { limit: LIMIT, includeDeactivated: true } } }),
  });
  const leverId = (listed?.body as { data?: { id?: unknown }[] } | undefined)?.data?.[0]?.id;
  const getUser = {
    service: "lever",
    operationId: "getUser",
    path: "/users/{user}",
    feature: "connector check",
  } as const;
  if (typeof leverId === "string")
    await run({
      ...getUser,
      headers: [],
      send: () => lever.raw.GET("/users/{user}", { params: { path: { user: leverId } } }),
    });
  else skip(getUser, "no Lever user listed");
  await run({
    service: "lever",
    operationId: "listTags",
    path: "/tags",
    feature: "connector check",
    headers: [],
    send: () => lever.raw.GET("/tags", { params: { query: { limit: LIMIT } } }),
  });

  const total = ["X-Total-Count"];
  await run({
    service: "oomnitza",
    operationId: "listUsers",
    path: "/api/v3/users",
    feature: "people sync",
    headers: total,
    limit: LIMIT,
    send: () => oomnitza.raw.GET("/api/v3/users", { params: { query: { limit: LIMIT, skip: 0 } } }),
  });
  const apps = await run({
    service: "oomnitza",
    operationId: "listSaas",
    path: "/api/v3/saas",
    feature: "SaaS-user sync",
    headers: total,
    send: () =>
      oomnitza.raw.GET("/api/v3/saas", {
        params: { query: { limit: 100, skip: 0, filter: f.eq("saas_name", ctx.config.saas.app) } },
      }),
  });
  const app = Array.isArray(apps?.body)
    ? (apps.body as { saas_id?: unknown; saas_name?: unknown }[]).find(
        (a) => String(a.saas_name).toLowerCase() === ctx.config.saas.app.toLowerCase(),
      )
    : undefined;
  const seats = {
    service: "oomnitza",
    operationId: "listSaasAssignedUsers",
    path: "/api/v3/saas/{ident}/users",
    feature: "SaaS-user sync",
  } as const;
  const allSeats = {
    service: "oomnitza",
    operationId: "listSaasUsers",
    path: "/api/v3/saas_users",
    feature: "workflows",
  } as const;
  if (app?.saas_id === undefined || app.saas_id === null) {
    const why = `no SaaS app named "${ctx.config.saas.app}" yet (the first sync creates it)`;
    skip(seats, why);
    skip(allSeats, why);
  } else {
    const ident = String(app.saas_id);
    await run({
      ...seats,
      headers: total,
      limit: LIMIT,
      send: () =>
        oomnitza.raw.GET("/api/v3/saas/{ident}/users", {
          params: { path: { ident }, query: { limit: LIMIT, skip: 0 } },
        }),
    });
    await run({
      ...allSeats,
      headers: total,
      limit: LIMIT,
      check: (body) =>
        Array.isArray(body) &&
        body.some((u) => u?.saas_id !== undefined && String(u.saas_id) !== String(app.saas_id))
          ? [{ path: "$[*].saas_id", problem: "is another app's: the server ignored the saas_id filter" }]
          : [],
      send: () =>
        oomnitza.raw.GET("/api/v3/saas_users", {
          params: {
            query: { limit: LIMIT, skip: 0, filter: f.eq("saas_id", app.saas_id as string | number) },
          },
        }),
    });
  }
  const specVersion = (spec: unknown) => String((spec as { info?: { version?: unknown } }).info?.version);
  return {
    kind: "lever-oomnitza-contract",
    version: 1,
    checkedAt: ctx.now().toISOString(),
    specs: { lever: specVersion(leverSpec), oomnitza: specVersion(oomnitzaSpec) },
    ok: calls.every((c) => c.deviations.every((d) => !d.breaks)),
    calls,
  };
}
