import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMapping } from "../src/compile-mapping.js";
import { diffRecords } from "../src/diff-records.js";
import { mapUser } from "../src/map-user.js";
import { matchesRule } from "../src/matches-rule.js";
import { normalizeKey } from "../src/normalize-key.js";
import type { Rule } from "../src/rule-schema.js";
import { sameValue } from "../src/same-value.js";
import { smartMapping } from "../src/smart-mapping.js";
import type { Filter, Mapping } from "../src/types.js";
import { validateMapping } from "../src/validate-mapping.js";

const runs = { numRuns: 300 };
const mapping = validateMapping({
  ...smartMapping(["lever_id", "first_name", "last_name"], { role: 25 }),
  fields: {
    ...smartMapping(["lever_id", "first_name", "last_name"]).fields,
    position: { from: "accessRole", transform: [{ map: { admin: "Admin" }, default: "Employee" }] },
    since: { from: "createdAt", transform: "iso-date" },
    synced: { from: "$syncTime", transform: "unix-seconds" },
  },
}).mapping as Mapping;

const leverish = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.anything()),
    name: fc.oneof(fc.string(), fc.constantFrom("王伟", "Cher", "Nguyễn Văn An", "a@b.c"), fc.anything()),
    email: fc.oneof(fc.emailAddress(), fc.string(), fc.anything()),
    createdAt: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.anything()),
    deactivatedAt: fc.oneof(fc.constant(null), fc.integer(), fc.anything()),
    accessRole: fc.oneof(fc.constantFrom("admin", "interviewer"), fc.anything()),
  },
  { requiredKeys: [] },
);
const field = fc.constantFrom(
  "id",
  "name",
  "email",
  "createdAt",
  "deactivatedAt",
  "accessRole",
  "user.suspended",
  "roles.label",
);
const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const rule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    tie("rule"),
    fc.record({ all: fc.array(tie("node"), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("node"), { maxLength: 3 }) }),
  ),
  rule: fc.oneof(
    fc.record({ field, op: fc.constantFrom("eq", "ne"), value: scalar }),
    fc.record({ field, op: fc.constantFrom("in", "notIn"), value: fc.array(scalar) }),
    fc.record({ field, op: fc.constantFrom("exists", "missing") }),
    fc.record({
      field,
      op: fc.constantFrom("olderThan", "newerThan"),
      value: fc.constantFrom("1d", "365d", "2w", "bad"),
    }),
    fc.anything(),
  ),
})).node;

describe("properties", () => {
  it("mapUser never throws, and never puts undefined in a record", () => {
    fc.assert(
      fc.property(
        fc.oneof(leverish, fc.anything()),
        fc.oneof(fc.constant(mapping), fc.anything()),
        fc.anything(),
        (user, m, syncTime) => {
          const result = mapUser(user, m as Mapping, { syncTime: syncTime as number });
          expect(typeof result.ok).toBe("boolean");
          if (result.ok) expect(Object.values(result.record)).not.toContain(undefined);
          else expect(result.reasons.length).toBeGreaterThan(0);
        },
      ),
      runs,
    );
  });

  it("a Lever user reduced to the properties a mapping `reads` maps and filters like the whole user", () => {
    fc.assert(
      fc.property(
        leverish,
        fc.dictionary(fc.constantFrom("jobTitle", "photo", "user", "roles", "extra"), fc.anything()),
        rule,
        (user, more, filter) => {
          const whole = { ...more, ...user };
          const validated = validateMapping({ ...mapping, filter });
          if (validated.status !== "ready") return;
          const compiled = compileMapping(validated.mapping as Mapping);
          const reduced = Object.fromEntries(
            compiled.reads.filter((k) => k in whole).map((k) => [k, whole[k as keyof typeof whole]]),
          );
          expect(compiled.map(reduced, 1e12)).toEqual(compiled.map(whole, 1e12));
          expect(compiled.matches(reduced, 1e12)).toBe(compiled.matches(whole, 1e12));
        },
      ),
      runs,
    );
  });

  it("a mapping reads its fields' sources and its filter's fields, never the sync time", () => {
    const compiled = compileMapping({
      ...mapping,
      filter: { any: [{ field: "jobTitle", op: "exists" }] },
    });
    expect([...compiled.reads].sort()).toEqual([
      "accessRole",
      "createdAt",
      "email",
      "id",
      "jobTitle",
      "name",
    ]);
  });

  it("mapping is deterministic", () => {
    fc.assert(
      fc.property(leverish, fc.integer({ min: 0, max: 4e12 }), (user, syncTime) => {
        expect(mapUser(user, mapping, { syncTime })).toEqual(
          mapUser(structuredClone(user), mapping, { syncTime }),
        );
      }),
      runs,
    );
  });

  it("validateMapping never throws and is ready only without problems", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            syncKeys: fc.anything(),
            role: fc.anything(),
            fields: fc.dictionary(fc.string(), fc.anything()),
            filter: rule,
          }),
        ),
        (input) => {
          const result = validateMapping(input);
          expect(result.status === "ready").toBe(result.problems.length === 0);
          for (const p of result.problems) expect(typeof p.fix).toBe("string");
        },
      ),
      runs,
    );
  });

  it("matchesRule never throws (mapping filters and plain rules) on arbitrary records and rules", () => {
    fc.assert(
      fc.property(
        fc.oneof(leverish, fc.anything()),
        rule,
        fc.oneof(fc.integer(), fc.date(), fc.anything()),
        (record, r, now) => {
          expect(typeof matchesRule(record, r as Filter, now as number)).toBe("boolean");
          expect(typeof matchesRule(record, r as Rule, now as number)).toBe("boolean");
        },
      ),
      runs,
    );
  });

  it("diffRecords(x, x) is empty for any x, with or without a mapping", () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()), (x) => {
        expect(diffRecords(x, x)).toEqual([]);
        expect(diffRecords(x, x, mapping)).toEqual([]);
      }),
      runs,
    );
  });

  it("a re-mapped unchanged user never diffs against its own record", () => {
    fc.assert(
      fc.property(
        leverish,
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 0, max: 4e12 }),
        (user, t1, t2) => {
          const first = mapUser(user, mapping, { syncTime: t1 });
          const second = mapUser(user, mapping, { syncTime: t2 });
          if (first.ok && second.ok) expect(diffRecords(second.record, first.record, mapping)).toEqual([]);
        },
      ),
      runs,
    );
  });

  it("sameValue is reflexive and symmetric; equal values share a key", () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(scalar, fc.anything()), (a, b) => {
        expect(sameValue(a, a)).toBe(true);
        expect(sameValue(a, b)).toBe(sameValue(b, a));
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(normalizeKey(email.toUpperCase())).toBe(normalizeKey(` ${email} `));
      }),
      runs,
    );
  });
});
