#!/usr/bin/env node
// Generates the typed clients' schema files from openapi/*.yaml, driven by openapi/redocly.yaml.
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

const config = parse(await readFile(configPath, "utf8"));
let drift = 0;
for (const [name, api] of Object.entries(config.apis ?? {})) {
  const spec = resolve(dirname(configPath), api.root);
  const out = resolve(dirname(configPath), api["x-openapi-ts"].output);
  const want = await render(spec);
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
process.exit(drift ? 1 : 0);
