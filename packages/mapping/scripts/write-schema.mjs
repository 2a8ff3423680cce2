#!/usr/bin/env node
// Writes schema/mapping.schema.json from the built package (run after tsup; `--check` fails on drift).
import { readFileSync, writeFileSync } from "node:fs";
import { mappingJsonSchema } from "../dist/index.js";

const target = new URL("../schema/mapping.schema.json", import.meta.url);
const text = `${JSON.stringify(mappingJsonSchema, null, 2)}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    process.stderr.write(
      "schema/mapping.schema.json is out of date: run pnpm --filter @lever-oomnitza/mapping build\n",
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
