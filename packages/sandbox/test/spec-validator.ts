import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as formats from "ajv-formats";
import { parse } from "yaml";

type Spec = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: Record<string, unknown>;
};

/** Validates sandbox responses against `openapi/<name>.yaml`: path template + method + status → response schema. */
export function specValidator(name: "lever" | "oomnitza", prefix = "") {
  const spec = parse(
    readFileSync(fileURLToPath(new URL(`../../../openapi/${name}.yaml`, import.meta.url)), "utf8"),
  ) as Spec;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
  const plugin = formats as unknown as {
    default: ((a: Ajv2020) => void) | { default: (a: Ajv2020) => void };
  };
  (typeof plugin.default === "function" ? plugin.default : plugin.default.default)(ajv);
  ajv.addSchema({ $id: "spec", components: spec.components } as object);
  const rewrite = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
  const resolve = (ref: unknown): Record<string, unknown> => {
    let node = ref as Record<string, unknown>;
    while (typeof node.$ref === "string") {
      const parts = (node.$ref as string).replace("#/", "").split("/");
      node = parts.reduce<Record<string, unknown>>(
        (acc, p) => acc[p] as Record<string, unknown>,
        spec as unknown as Record<string, unknown>,
      );
    }
    return node;
  };
  const findPath = (path: string) =>
    Object.keys(spec.paths).find((template) => {
      const re = new RegExp(`^${prefix}${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      return re.test(path);
    });
  /** Returns a list of problems (empty when the response conforms). */
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const template = findPath(path);
    if (!template) return [`no path in ${name}.yaml matches ${path}`];
    const op = spec.paths[template]?.[method.toLowerCase()];
    if (!op) return [`${name}.yaml has no ${method} ${template}`];
    const response = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
    if (!response) return [`${name}.yaml has no ${status} response for ${method} ${template}`];
    const content = resolve(response).content as Record<string, { schema?: unknown }> | undefined;
    const schema = content?.["application/json"]?.schema;
    if (schema === undefined)
      return body === undefined || body === ""
        ? []
        : [`${method} ${template} ${status} declares no JSON body`];
    const validate = ajv.compile(rewrite(schema) as object);
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${method} ${template} ${status}: ${e.instancePath} ${e.message}`);
  };
}
