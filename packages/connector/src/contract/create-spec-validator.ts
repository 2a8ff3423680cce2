import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

/** One way a response differs from the spec: a JSON path (`$[*].status`, `headers.X-Total-Count`, `status`). */
export interface SpecDeviation {
  path: string;
  /** What is wrong, from the schema's point of view (never the value itself). */
  problem: string;
}

/** A response as the contract check saw it. */
export interface SeenResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

type Node = Record<string, unknown>;

/**
 * A fresh ajv with the standard formats. ajv is loaded on first use, so a `sync` never pays for it. ajv-formats
 * is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
 */
async function createAjv(): Promise<Ajv2020> {
  const [{ Ajv2020 }, formats] = await Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const mod = formats as unknown as { default: ((a: Ajv2020) => void) | { default: (a: Ajv2020) => void } };
  (typeof mod.default === "function" ? mod.default : mod.default.default)(ajv);
  return ajv;
}

/** `/0/roles` + a missing `status` → `$[*].roles.status`: item indices fold into `[*]`, one line per field. */
function jsonPath(error: ErrorObject): string {
  const parts = error.instancePath.split("/").slice(1);
  const extra =
    error.keyword === "required"
      ? [String(error.params.missingProperty)]
      : error.keyword === "additionalProperties"
        ? [String(error.params.additionalProperty)]
        : [];
  return [...parts, ...extra].reduce(
    (path, p) =>
      /^\d+$/.test(p) ? `${path}[*]` : `${path}.${p.replaceAll("~1", "/").replaceAll("~0", "~")}`,
    "$",
  );
}

/**
 * Validates live responses against one OpenAPI 3.1 document with ajv (its schemas are JSON Schema 2020-12):
 * the status must be documented, each header the connector relies on present and of its schema's type,
 * and the body must match the documented schema of that status.
 */
export async function createSpecValidator(spec: unknown) {
  const doc = spec as { paths: Record<string, Record<string, Node>>; components: Node };
  const ajv = await createAjv();
  ajv.addSchema({ $id: "spec", components: doc.components } as object);
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: unknown): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
      fn = ajv.compile(rewritten as object);
      compiled.set(key, fn);
    }
    return fn;
  };
  const resolve = (node: unknown): Node => {
    let n = node as Node;
    while (typeof n.$ref === "string") {
      n = (n.$ref as string)
        .replace("#/", "")
        .split("/")
        .reduce<Node>((acc, p) => acc[p] as Node, doc as unknown as Node);
    }
    return n;
  };

  return (
    method: string,
    template: string,
    seen: SeenResponse,
    reliedHeaders: readonly string[] = [],
  ): SpecDeviation[] => {
    const op = doc.paths[template]?.[method.toLowerCase()] as { responses: Node } | undefined;
    if (!op) return [{ path: "status", problem: `the spec has no ${method} ${template}` }];
    const key = String(seen.status);
    const documented = op.responses[key] ?? op.responses[`${key[0]}XX`];
    if (!documented) return [{ path: "status", problem: `${seen.status} is not a documented answer` }];
    if (seen.status >= 300)
      return [{ path: "status", problem: `answered ${seen.status} instead of success` }];
    const response = resolve(documented);
    const out: SpecDeviation[] = [];
    const headers = (response.headers ?? {}) as Node;
    for (const name of reliedHeaders) {
      const raw = seen.headers.get(name);
      if (raw === null) {
        out.push({ path: `headers.${name}`, problem: "is missing" });
        continue;
      }
      const schema = (resolve(headers[name] ?? {}) as { schema?: unknown }).schema ?? {};
      const value = /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
      const validate = compile(`${method} ${template} ${key} header ${name}`, schema);
      if (!validate(value)) out.push({ path: `headers.${name}`, problem: `must be ${schemaType(schema)}` });
    }
    const schema = (response.content as Record<string, { schema?: unknown }> | undefined)?.[
      "application/json"
    ]?.schema;
    if (schema === undefined) return out;
    const validate = compile(`${method} ${template} ${key}`, schema);
    if (validate(seen.body)) return out;
    const seenPaths = new Set<string>();
    for (const error of validate.errors ?? []) {
      const path = jsonPath(error);
      const problem = error.keyword === "required" ? "is required" : (error.message ?? error.keyword);
      if (seenPaths.has(`${path} ${problem}`)) continue;
      seenPaths.add(`${path} ${problem}`);
      out.push({ path, problem });
    }
    return out;
  };
}

function schemaType(schema: unknown): string {
  const type = (schema as { type?: unknown }).type;
  return Array.isArray(type) ? type.join(" or ") : typeof type === "string" ? type : "as specified";
}
