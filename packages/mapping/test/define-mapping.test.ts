import { describe, expect, expectTypeOf, it } from "vitest";
import { defineMapping } from "../src/define-mapping.js";
import { MappingError } from "../src/mapping-error.js";
import type { Mapping } from "../src/types.js";

describe("defineMapping", () => {
  it("returns a validated mapping", () => {
    const mapping = defineMapping({
      syncKeys: ["email"],
      role: 25,
      fields: {
        username: "email",
        email: { from: "email", transform: ["trim", "lowercase"] },
        lever_id: "id",
      },
      filter: { field: "deactivatedAt", op: "missing" },
    });
    expectTypeOf(mapping).toEqualTypeOf<Mapping>();
    expect(mapping.fields.lever_id).toBe("id");
  });

  it("throws a MappingError listing the problems the types cannot see", () => {
    const define = () => defineMapping({ syncKeys: ["email"], role: -1, fields: { email: "email" } });
    expect(define).toThrow(MappingError);
    expect(define).toThrow(/username is not mapped[\s\S]*role must be a numeric/);
  });

  it("rejects unknown Lever fields, transform names and unmapped sync keys at compile time", () => {
    const check = (f: () => unknown) => expect(f).toThrow(MappingError);
    check(() =>
      defineMapping({
        syncKeys: ["email"],
        role: 1,
        // @ts-expect-error "emial" is not a Lever field
        fields: { username: "emial", email: "email" },
      }),
    );
    check(() =>
      defineMapping({
        syncKeys: ["email"],
        role: 1,
        fields: {
          // @ts-expect-error "lowercse" is not a transform
          username: { from: "email", transform: "lowercse" },
          email: "email",
        },
      }),
    );
    check(() =>
      defineMapping({
        syncKeys: ["employee_id"],
        role: 1,
        // @ts-expect-error sync key "employee_id" is not among the mapped fields
        fields: { username: "email", email: "email" },
      }),
    );
    check(() =>
      defineMapping({
        syncKeys: ["email"],
        role: 1,
        fields: { username: "email", email: "email" },
        // @ts-expect-error "accessrole" is not a Lever field
        filter: { field: "accessrole", op: "eq", value: "admin" },
      }),
    );
    check(() =>
      defineMapping({
        syncKeys: ["email"],
        role: 1,
        fields: { username: "email", email: "email" },
        // @ts-expect-error olderThan needs a duration string
        filter: { field: "createdAt", op: "olderThan", value: 5 },
      }),
    );
  });
});
