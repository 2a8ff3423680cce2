import { describe, expect, it } from "vitest";
import { compileMapping } from "../src/compile-mapping.js";
import { mapUser } from "../src/map-user.js";
import type { Mapping } from "../src/types.js";

const mapping: Mapping = {
  syncKeys: ["email", "lever_id"],
  role: 25,
  fields: {
    username: { from: "email", transform: ["trim", "lowercase"] },
    email: { from: "email", transform: ["trim", "lowercase"] },
    first_name: { from: "name", transform: "first-name" },
    last_name: { from: "name", transform: "last-name" },
    lever_id: "id",
    position: {
      from: "accessRole",
      transform: { map: { "super admin": "Administrator" }, default: "Employee" },
    },
    lever_sync_time: { from: "$syncTime", transform: "unix-seconds" },
  },
};
const priya = {
  id: "3f9c",
  name: "Priya Raman",
  username: "priyaraman",
  email: " Priya.Raman@acme.io",
  createdAt: 1690384512345,
  deactivatedAt: null,
  accessRole: "super admin",
};
const syncTime = Date.UTC(2026, 0, 1);

describe("mapUser", () => {
  it("maps a Lever user to an Oomnitza record with role and provenance", () => {
    const result = mapUser(priya, mapping, { syncTime });
    expect(result).toEqual({
      ok: true,
      record: {
        username: "priya.raman@acme.io",
        email: "priya.raman@acme.io",
        first_name: "Priya",
        last_name: "Raman",
        lever_id: "3f9c",
        position: "Administrator",
        lever_sync_time: syncTime / 1000,
        role: 25,
      },
      provenance: {
        username: { from: "email", transforms: ["trim", "lowercase"] },
        email: { from: "email", transforms: ["trim", "lowercase"] },
        first_name: { from: "name", transforms: ["first-name"] },
        last_name: { from: "name", transforms: ["last-name"] },
        lever_id: { from: "id", transforms: [] },
        position: { from: "accessRole", transforms: ["map"] },
        lever_sync_time: { from: "$syncTime", transforms: ["unix-seconds"] },
        role: { from: "mapping.role", transforms: [] },
      },
    });
  });

  it.each([
    ["王伟", "伟", "王"],
    ["Cher", "Cher", null],
    ["José María García López", "José María", "García López"],
    ["Nguyễn Văn An", "Văn An", "Nguyễn"],
    ["priya.raman@acme.io", "Priya", "Raman"],
  ])("splits the name %s", (name, first, last) => {
    const result = mapUser({ ...priya, name }, mapping, { syncTime });
    expect(result.ok && [result.record.first_name, result.record.last_name]).toEqual([first, last]);
  });

  it("uses null, never undefined, for empty optional values", () => {
    const result = mapUser({ ...priya, name: undefined }, mapping, { syncTime });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.first_name).toBeNull();
    expect(Object.values(result.record)).not.toContain(undefined);
  });

  it("explains why a user cannot be mapped", () => {
    expect(mapUser({ ...priya, email: "" }, mapping, { syncTime })).toEqual({
      ok: false,
      reasons: [
        "email is empty: required for the username field",
        "email is empty: required for the email field",
      ],
    });
    expect(mapUser({ ...priya, id: null }, mapping, { syncTime })).toEqual({
      ok: false,
      reasons: ["id is empty: required for the lever_id field"],
    });
    expect(mapUser({ ...priya, email: "not-an-email" }, mapping, { syncTime })).toMatchObject({
      ok: false,
      reasons: [expect.stringMatching(/"not-an-email" is not an email address/)],
    });
    expect(mapUser({ ...priya, name: ["x"] }, mapping, { syncTime })).toMatchObject({
      ok: false,
      reasons: [
        expect.stringMatching(/^first_name: name has an unsupported value \(array\)/),
        expect.anything(),
      ],
    });
    expect(mapUser(null, mapping, { syncTime })).toMatchObject({
      ok: false,
      reasons: [expect.stringMatching(/not an object/)],
    });
  });

  it("needs a sync time only when the mapping uses $syncTime", () => {
    const result = mapUser(priya, mapping, {} as { syncTime: number });
    expect(result).toMatchObject({ ok: false, reasons: [expect.stringMatching(/syncTime is missing/)] });
  });

  it("reports an invalid mapping as reasons instead of throwing", () => {
    const result = mapUser(priya, { ...mapping, role: undefined } as unknown as Mapping, { syncTime });
    expect(result).toMatchObject({
      ok: false,
      reasons: [expect.stringMatching(/mapping role: role is missing/)],
    });
  });

  it("is the same through a compiled mapping", () => {
    const compiled = compileMapping(mapping);
    expect(mapUser(priya, compiled, { syncTime })).toEqual(mapUser(priya, mapping, { syncTime }));
    expect(compiled.fields).toEqual(Object.keys(mapping.fields));
    expect(() => compileMapping({ ...mapping, syncKeys: ["nope"] })).toThrow(
      /syncKeys\[0\]: sync key "nope" is not mapped/,
    );
  });
});
