import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Pins what the Oomnitza client relies on in openapi/oomnitza.yaml, so a spec edit that drops one of them fails here.
type Param = { $ref?: string; name?: string; in?: string };
type Op = {
  operationId: string;
  description?: string;
  parameters?: Param[];
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
};
const spec = parse(
  readFileSync(fileURLToPath(new URL("../../../openapi/oomnitza.yaml", import.meta.url)), "utf8"),
) as {
  servers: { url: string }[];
  components: {
    securitySchemes: Record<string, Record<string, string>>;
    parameters: Record<string, Param>;
    responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  };
  paths: Record<string, Record<string, Op>>;
};
const op = (method: string, path: string): Op => {
  const found = spec.paths[path]?.[method];
  if (!found) throw new Error(`openapi/oomnitza.yaml has no ${method.toUpperCase()} ${path}`);
  return found;
};
const paramNames = (o: Op) =>
  (o.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters[p.$ref.split("/").pop()!] : p)?.name);
const METHODS = ["get", "put", "post", "patch", "delete"];
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, o]) => ({ path, method, o })),
);

describe("openapi/oomnitza.yaml", () => {
  it("has the tenant server and both security schemes (Authorization2 without Bearer, Basic)", () => {
    expect(spec.servers.map((s) => s.url)).toEqual(["https://{subdomain}.oomnitza.com"]);
    expect(spec.components.securitySchemes.tokenAuth).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization2",
    });
    expect(spec.components.securitySchemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });
  });

  it.each([
    ["get", "/api/v3/users"],
    ["post", "/api/v3/users"],
    ["get", "/api/v3/users/{ident}"],
    ["patch", "/api/v3/users/{ident}"],
    ["delete", "/api/v3/users/{ident}"],
    ["get", "/api/v3/saas"],
    ["post", "/api/v3/saas"],
    ["get", "/api/v3/saas/{ident}"],
    ["get", "/api/v3/saas/{ident}/users"],
    ["post", "/api/v3/saas/{ident}/users"],
    ["post", "/api/v3/saas/{ident}/users/{user_id}"],
    ["get", "/api/v3/saas/{ident}/roles"],
    ["post", "/api/v3/saas/{ident}/roles"],
    ["patch", "/api/v3/saas/{ident}/roles/users"],
    ["get", "/api/v3/saas_users"],
    ["patch", "/api/v3/saas_users/deactivate"],
    ["patch", "/api/v3/saas_users/activate"],
  ])("declares %s %s", (method, path) => {
    expect(op(method, path).operationId).toBeTruthy();
  });

  it("lists users with limit, skip, sortby, filter and fields, and the X-Total-Count header", () => {
    const list = op("get", "/api/v3/users");
    expect(paramNames(list)).toEqual(expect.arrayContaining(["limit", "skip", "sortby", "filter", "fields"]));
    expect(list.responses["200"]?.headers).toHaveProperty("X-Total-Count");
  });

  it("offers the three optional Oomnitza-* headers on user writes", () => {
    for (const [method, path] of [
      ["post", "/api/v3/users"],
      ["patch", "/api/v3/users/{ident}"],
    ] as const) {
      expect(paramNames(op(method, path))).toEqual(
        expect.arrayContaining([
          "Oomnitza-Ignore-Meta-Restriction",
          "Oomnitza-Allow-Unknown-Meta-Fields",
          "Oomnitza-Not-Trigger-WF",
        ]),
      );
    }
  });

  it("gives every operation a description citing its evidence, and 400/401/403/404/429/5XX", () => {
    for (const { path, method, o } of operations) {
      expect(o.description, `${method} ${path}`).toMatch(/See:|reference §/);
      expect(Object.keys(o.responses), `${method} ${path}`).toEqual(
        expect.arrayContaining(["400", "401", "403", "404", "429", "5XX"]),
      );
    }
  });

  it("accepts any JSON or text as an error body, and 429 carries Retry-After", () => {
    for (const name of [
      "BadRequest",
      "Unauthorized",
      "Forbidden",
      "NotFound",
      "TooManyRequests",
      "ServerError",
    ]) {
      expect(spec.components.responses[name]?.content, name).toMatchObject({
        "application/json": { schema: {} },
        "text/plain": { schema: { type: "string" } },
      });
    }
    expect(spec.components.responses.TooManyRequests?.headers).toHaveProperty("Retry-After");
  });

  it("declares no path parameter that is not in the path (the export's query-as-path defect)", () => {
    for (const { path, o } of operations) {
      const shared = (spec.paths[path] as { parameters?: Param[] }).parameters ?? [];
      for (const p of [...shared, ...(o.parameters ?? [])]) {
        const resolved = p.$ref ? spec.components.parameters[p.$ref.split("/").pop()!] : p;
        if (resolved?.in === "path") expect(path, resolved.name).toContain(`{${resolved.name}}`);
      }
    }
  });
});
