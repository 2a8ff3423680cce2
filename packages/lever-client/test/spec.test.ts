import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LEVER_BASE_URLS } from "../src/index.js";

// Pins what the Lever client relies on in openapi/lever.yaml, so a spec edit that drops one of them fails here.
type Param = { $ref?: string; name: string; in: string; style?: string; explode?: boolean; schema?: object };
type Op = { description?: string; parameters?: Param[]; responses: Record<string, { $ref?: string }> };
type Schema = {
  required?: string[];
  properties?: Record<string, { type?: unknown }>;
  additionalProperties?: unknown;
};
const spec = parse(
  readFileSync(fileURLToPath(new URL("../../../openapi/lever.yaml", import.meta.url)), "utf8"),
) as {
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, Op>>;
  components: {
    securitySchemes: Record<string, { type: string; scheme?: string }>;
    parameters: Record<string, Param & { schema: { minimum?: number; maximum?: number } }>;
    responses: Record<string, { content: { "application/json": { schema: { $ref: string } } } }>;
    schemas: Record<string, Schema>;
  };
};
const METHODS = ["get", "put", "post", "patch", "delete"];
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, o]) => ({ path, method, o })),
);
const param = (p: Param) => (p.$ref ? spec.components.parameters[p.$ref.split("/").pop()!]! : p);

describe("openapi/lever.yaml", () => {
  it("lists the global, EU and sandbox servers, the same roots the client uses", () => {
    expect(spec.servers.map((s) => s.url)).toEqual(Object.values(LEVER_BASE_URLS));
  });

  it("accepts Basic (API key) or OAuth bearer", () => {
    expect(spec.components.securitySchemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });
    expect(spec.components.securitySchemes.oauth?.type).toBe("oauth2");
    expect(spec.security.map((s) => Object.keys(s)[0])).toEqual(["basicAuth", "oauth"]);
  });

  it("has exactly the user and tag operations (no delete), each with a description citing Lever's docs", () => {
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual([
      "GET /tags",
      "GET /users",
      "GET /users/{user}",
      "POST /users",
      "POST /users/{user}/deactivate",
      "POST /users/{user}/reactivate",
      "PUT /users/{user}",
    ]);
    for (const { method, path, o } of operations)
      expect(o.description, `${method} ${path}`).toMatch(/Lever docs: \w+ → "[^"]+"/);
  });

  it("GET /users takes limit 1–100, an offset token and the filters, accessRole repeatable", () => {
    const params = Object.fromEntries(
      (spec.paths["/users"]?.get?.parameters ?? []).map(param).map((p) => [p.name, p]),
    );
    expect(Object.keys(params).sort()).toEqual(
      ["accessRole", "email", "external_directory_id", "includeDeactivated", "limit", "offset"].sort(),
    );
    expect(params.limit?.schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(params.accessRole).toMatchObject({ style: "form", explode: true, schema: { type: "array" } });
    expect(spec.paths["/users"]?.post?.responses).toHaveProperty("201");
  });

  it("answers {code, message} on 400/401/403/404/429/500/503 of every operation", () => {
    expect(spec.components.schemas.Error?.required).toEqual(["code", "message"]);
    for (const { method, path, o } of operations) {
      for (const status of ["400", "401", "403", "404", "429", "500", "503"]) {
        const ref = o.responses[status]?.$ref;
        expect(ref, `${method} ${path} ${status}`).toBeDefined();
        const name = ref!.split("/").pop()!;
        expect(spec.components.responses[name]?.content["application/json"].schema.$ref).toBe(
          "#/components/schemas/Error",
        );
      }
    }
  });

  it("types timestamps as ms integers, deactivatedAt nullable, and keeps objects open", () => {
    const user = spec.components.schemas.LeverUser!;
    expect(user.properties?.createdAt?.type).toBe("integer");
    expect(user.properties?.deactivatedAt?.type).toEqual(["integer", "null"]);
    for (const name of ["LeverUser", "UserList", "UserEnvelope", "Error", "LeverTag"])
      expect(spec.components.schemas[name]?.additionalProperties, name).toBe(true);
  });
});
