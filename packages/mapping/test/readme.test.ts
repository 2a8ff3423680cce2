import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mapUser } from "../src/map-user.js";
import { mappingJsonSchema } from "../src/mapping-json-schema.js";
import { validateMapping } from "../src/validate-mapping.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = parse(/```yaml\n([\s\S]*?)```/.exec(readme)![1]!).mapping;

describe("README example and JSON Schema", () => {
  it("the README's mapping is ready and maps the documented user", () => {
    const result = validateMapping(example);
    expect(result.problems).toEqual([]);
    const mapped = mapUser(
      {
        id: "3f9c2b7e",
        name: "Priya Raman",
        email: "Priya.Raman@acme.io",
        createdAt: 1690384512345,
        deactivatedAt: null,
        accessRole: "team member",
      },
      result.mapping!,
      { syncTime: Date.UTC(2026, 0, 1) },
    );
    expect(mapped).toMatchObject({
      ok: true,
      record: {
        username: "priya.raman@acme.io",
        email: "priya.raman@acme.io",
        lever_id: "3f9c2b7e",
        role: 25,
      },
    });
  });

  it("the shipped schema file is up to date", () => {
    const file = JSON.parse(readFileSync(new URL("../schema/mapping.schema.json", import.meta.url), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(mappingJsonSchema)));
  });

  it("the JSON Schema accepts the README example and rejects an unknown transform", () => {
    const validate = new Ajv2020.default({ strict: false }).compile(mappingJsonSchema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, fields: { username: { from: "email", transform: "upper" } } })).toBe(false);
  });
});
