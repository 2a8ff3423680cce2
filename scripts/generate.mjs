#!/usr/bin/env node
// Generates the typed clients' schema files from openapi/*.yaml, driven by openapi/redocly.yaml, and —
// where an api names `x-spec-module.output` — a module holding the spec itself as JSON (the connector
// validates live responses against it in `connector check --contract`, so the installed package needs it).
// `--check` writes nothing and exits 1 when a committed file differs from what the specs produce.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const configArg = args.indexOf("--config");
const configPath = resolve(configArg >= 0 ? args[configArg + 1] : resolve(root, "openapi/redocly.yaml"));
const check = args.includes("--check");

const header = (spec) =>
  `// generated — do not edit. Source: ${spec}. Regenerate with \`pnpm generate\`.\n` +
  "/* eslint-disable */\n\n";

async function render(specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, exportType: false });
  return header(relative(root, specPath)) + astToString(ast);
}

async function renderSpecModule(specPath, name) {
  const doc = parse(await readFile(specPath, "utf8"));
  // JSON.parse of one string literal: cheap for tsc and V8 alike, and the object stays plain data.
  return (
    header(relative(root, specPath)) +
    `/** ${relative(root, specPath)} as data. */
` +
    `export const ${name}Spec: unknown = JSON.parse(${JSON.stringify(JSON.stringify(doc))});
`
  );
}

const config = parse(await readFile(configPath, "utf8"));
let drift = 0;
const outputs = (name, api) => [
  [resolve(dirname(configPath), api["x-openapi-ts"].output), (spec) => render(spec)],
  ...(api["x-spec-module"]
    ? [[resolve(dirname(configPath), api["x-spec-module"].output), (spec) => renderSpecModule(spec, name)]]
    : []),
];
for (const [name, api] of Object.entries(config.apis ?? {})) {
  const spec = resolve(dirname(configPath), api.root);
  for (const [out, make] of outputs(name, api)) {
    const want = await make(spec);
    if (check) {
      const have = await readFile(out, "utf8").catch(() => "");
      if (have !== want) {
        drift++;
        console.error(
          `✗ ${relative(root, out)} is out of date with ${relative(root, spec)}: run \`pnpm generate\` and commit it.`,
        );
      } else console.log(`✓ ${name}: ${relative(root, out)} matches ${relative(root, spec)}`);
    } else {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, want);
      console.log(`wrote ${relative(root, out)}`);
    }
  }
}
process.exit(drift ? 1 : 0);
