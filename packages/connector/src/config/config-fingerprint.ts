import { createHash } from "node:crypto";
import type { ConnectorConfig } from "./config-schema.js";

/**
 * A hash of everything that decides what a plan contains (endpoints, sync settings, mapping, SaaS
 * settings) and nothing secret, so a saved plan is refused against another config or tenant. A
 * workflow's run adds its name and definition.
 */
export function configFingerprint(config: ConnectorConfig, workflow?: string): string {
  const decisive = {
    lever: { region: config.lever.region, baseUrl: config.lever.baseUrl ?? null },
    oomnitza: { baseUrl: config.oomnitza.baseUrl },
    sync: { records: config.sync.records, preference: config.sync.preference },
    mapping: config.mapping ?? null,
    saas: config.saas,
    ...(workflow === undefined
      ? {}
      : { workflow: { name: workflow, definition: config.workflows[workflow] ?? null } }),
  };
  return createHash("sha256").update(stableJson(decisive)).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
