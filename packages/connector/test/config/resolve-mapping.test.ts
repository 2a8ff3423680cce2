import { describe, expect, it } from "vitest";
import { resolveMapping } from "../../src/config/resolve-mapping.js";
import { README_MAPPING } from "../fixtures/readme-mapping.js";

describe("resolveMapping", () => {
  it.each([
    ["the README's partial mapping { role: 25 }", { given: { role: 25 }, ready: true, keys: ["email"] }],
    [
      "the README's block without fields (lever_id sync key)",
      { given: { role: 25, syncKeys: ["lever_id", "email"] }, ready: true, keys: ["lever_id", "email"] },
    ],
    ["the README's full mapping", { given: README_MAPPING, ready: true, keys: ["lever_id", "email"] }],
    ["no mapping at all (smartMapping has no role)", { given: undefined, ready: false, keys: [] }],
    ["a partial mapping with a bad role", { given: { role: "admin" }, ready: false, keys: [] }],
    [
      "a partial mapping keyed on an unmapped field",
      { given: { role: 25, syncKeys: ["badge"] }, ready: false, keys: [] },
    ],
  ])("%s", (_name, { given, ready, keys }) => {
    const resolved = resolveMapping(given);
    expect(resolved.status === "ready", JSON.stringify(resolved.problems)).toBe(ready);
    expect(resolved.source).toBe(given === undefined ? "smart-mapping" : "config");
    if (ready) expect(resolved.mapping?.syncKeys).toEqual(keys);
  });

  it("gives the same answer with the tenant's fields as without, adding the tenant's Lever-id field", () => {
    const offline = resolveMapping({ role: 25 });
    const online = resolveMapping({ role: 25 }, ["username", "email", "first_name", "last_name", "leverid"]);
    expect(offline.status).toBe("ready");
    expect(online.status).toBe("ready");
    expect(online.mapping?.fields.leverid).toBe("id");
    expect(offline.mapping?.fields.leverid).toBeUndefined();
  });

  it("uses a mapping written out in full as written, whatever the tenant has", () => {
    const resolved = resolveMapping(README_MAPPING, ["email"]);
    expect(resolved.mapping).toEqual(README_MAPPING);
  });

  it("names each problem of a draft relative to the mapping, with a fix", () => {
    const draft = resolveMapping({ role: 25, syncKeys: ["badge"] });
    expect(draft.problems).toEqual([
      expect.objectContaining({ path: "syncKeys[0]", fix: expect.any(String) }),
    ]);
  });
});
