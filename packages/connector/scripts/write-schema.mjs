// Writes schema/connector.config.schema.json from the zod config schema (`pnpm --filter
// @lever-oomnitza/connector schema`). Bundles just the schema module with tsup, so it works without a
// full build. test/config/connector-config-json-schema.test.ts fails when the committed file drifts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";

// Inside node_modules so the bundle resolves zod from this package.
const cache = new URL("../node_modules/.cache/", import.meta.url).pathname;
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, "schema-"));
try {
  await build({
    entry: { schema: "src/config/connector-config-json-schema.ts" },
    format: ["esm"],
    outDir,
    platform: "node",
    target: "node20",
    silent: true,
    config: false,
  });
  const { connectorConfigJsonSchema } = await import(pathToFileURL(join(outDir, "schema.js")).href);
  const out = new URL("../schema/connector.config.schema.json", import.meta.url);
  writeFileSync(out, `${JSON.stringify(connectorConfigJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${out.pathname}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
