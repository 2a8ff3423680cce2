import { existsSync } from "node:fs";
import { join } from "node:path";

/** The JSON Schema file the package ships in its `schema/` folder. */
export const SCHEMA_FILE = "connector.config.schema.json";

const INSTALLED = `node_modules/@lever-oomnitza/connector/schema/${SCHEMA_FILE}`;

/** The published copy (the schema's own `$id`). */
const PUBLISHED = `https://unpkg.com/@lever-oomnitza/connector/schema/${SCHEMA_FILE}`;

/**
 * Where the `yaml-language-server` line points: the copy installed next to the config (works offline,
 * same version as the binary, stable across upgrades), else the published copy.
 */
export function schemaLocation(configDir: string): string {
  return existsSync(join(configDir, INSTALLED)) ? `./${INSTALLED}` : PUBLISHED;
}
