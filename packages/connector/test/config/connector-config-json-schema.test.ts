import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { connectorConfigJsonSchema } from "../../src/index.js";

describe("connectorConfigJsonSchema", () => {
  it("matches the committed schema/connector.config.schema.json (run `pnpm schema` after changing the config)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../schema/connector.config.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(connectorConfigJsonSchema());
  });

  it("describes the issue's config names for editor completion", () => {
    const schema = connectorConfigJsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["lever", "oomnitza", "sync", "mapping", "saas", "state", "workflows"]),
    );
    expect(Object.keys(schema.properties.saas?.properties ?? {})).toEqual([
      "app",
      "deactivateMissing",
      "maxDeactivations",
    ]);
  });
});
