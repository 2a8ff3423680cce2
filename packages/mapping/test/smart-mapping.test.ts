import { describe, expect, it } from "vitest";
import { smartMapping } from "../src/smart-mapping.js";
import { suggestFields } from "../src/suggest-fields.js";
import { validateMapping } from "../src/validate-mapping.js";

describe("smartMapping", () => {
  it("maps email to username and email, name to first/last, with email as sync key", () => {
    const mapping = smartMapping();
    expect(mapping.syncKeys).toEqual(["email"]);
    expect(mapping.fields).toMatchObject({
      username: { from: "email" },
      email: { from: "email" },
      first_name: { from: "name", transform: "first-name" },
      last_name: { from: "name", transform: "last-name" },
    });
  });

  it("is a draft that only lacks its role, and ready with one", () => {
    expect(validateMapping(smartMapping()).problems.map((p) => p.path)).toEqual(["role"]);
    expect(validateMapping(smartMapping(undefined, { role: 25 })).status).toBe("ready");
  });

  it("maps the Lever id when the tenant has a Lever-id field, and only fields the tenant has", () => {
    const mapping = smartMapping(["username", "email", "first_name", "lever_id"]);
    expect(mapping.fields?.lever_id).toBe("id");
    expect(mapping.fields).not.toHaveProperty("last_name");
    expect(smartMapping(["username", "email"]).fields).not.toHaveProperty("lever_id");
  });
});

describe("suggestFields", () => {
  it("scores the rest by name similarity, best first", () => {
    const suggestions = suggestFields([
      "job_title",
      "position",
      "lever_created_at",
      "external_directory_id",
      "phone_number",
    ]);
    expect(suggestions.map((s) => [s.oomnitzaField, s.leverField])).toEqual([
      ["external_directory_id", "externalDirectoryId"],
      ["job_title", "jobTitle"],
      ["position", "jobTitle"],
      ["lever_created_at", "createdAt"],
    ]);
    expect(suggestions[0]!.score).toBe(1);
    expect(suggestions.every((s) => s.score >= 0.6 && s.score <= 1)).toBe(true);
  });
});
