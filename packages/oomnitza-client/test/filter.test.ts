import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FilterValue, f, filter } from "../src/index.js";
import { type Ast, parseFilter } from "./filter-parser.js";

describe("filter builder", () => {
  it.each([
    ["eq string", f.eq("first_name", "Ann"), "first_name eq 'Ann'"],
    ["O'Brien doubles the quote", f.eq("last_name", "O'Brien"), "last_name eq 'O''Brien'"],
    ["percent stays literal in eq", f.eq("note", "100%"), "note eq '100%'"],
    ["ampersand is not encoded by the builder", f.eq("company", "AT&T"), "company eq 'AT&T'"],
    ["unicode", f.eq("full_name", "Zoë 山田 🚀"), "full_name eq 'Zoë 山田 🚀'"],
    ["ne number", f.ne("role", 25), "role ne 25"],
    ["boolean", f.eq("suspended", false), "suspended eq false"],
    ["in", f.in("email", ["a@x.io", "b'c@x.io"]), "email IN ['a@x.io', 'b''c@x.io']"],
    ["isNull", f.isNull("lever_id"), "lever_id IS NULL"],
    ["like", f.like("email", "%@example.com"), "email LIKE '%@example.com'"],
    ["and", f.and(f.eq("a", 1), f.isNull("b")), "a eq 1 AND b IS NULL"],
    ["single and", f.and(f.eq("a", 1)), "a eq 1"],
    [
      "or of ands is parenthesised",
      f.or(f.and(f.eq("a", 1), f.eq("b", 2)), f.eq("c", "x AND y")),
      "(a eq 1 AND b eq 2) OR c eq 'x AND y'",
    ],
  ])("%s", (_name, got, want) => {
    expect(got).toBe(want);
  });

  it("is the same object as `filter`", () => {
    expect(f).toBe(filter);
  });

  it.each([
    ["field with a space", () => f.eq("first name", "x"), /first name/],
    ["field smuggling an operator", () => f.eq("a eq 'b' OR c", "x"), /not a valid Oomnitza field name/],
    ["NaN", () => f.eq("a", Number.NaN), /finite/],
    ["null value", () => f.eq("a", null as unknown as string), /f\.isNull/],
    ["empty in", () => f.in("a", []), /at least one value/],
    ["empty and", () => f.and(), /at least one condition/],
  ])("refuses %s", (_name, build, message) => {
    expect(build).toThrow(message);
  });

  it("URL-encodes to a single query parameter (& and % survive)", () => {
    const value = f.eq("company", "AT&T 100% O'Brien");
    const url = new URL(`https://x.test/api/v3/users?filter=${encodeURIComponent(value)}&limit=1`);
    expect(url.searchParams.get("filter")).toBe("company eq 'AT&T 100% O''Brien'");
    expect(url.searchParams.get("limit")).toBe("1");
  });
});

const fieldArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
const valueArb: fc.Arbitrary<FilterValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("'", "%", "&", " ", "(", ")", "[", "]", ",", "A", "N", "D", "O", "R"),
    maxLength: 20,
  }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
);

type Tree = Ast;
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ op: fc.constantFrom("eq" as const, "ne" as const), field: fieldArb, value: valueArb }),
    fc.record({ op: fc.constant("like" as const), field: fieldArb, value: fc.string({ unit: "grapheme" }) }),
    fc.record({
      op: fc.constant("in" as const),
      field: fieldArb,
      values: fc.array(valueArb, { minLength: 1, maxLength: 4 }),
    }),
    fc.record({ op: fc.constant("isNull" as const), field: fieldArb }),
    fc.record({ and: fc.array(tie("tree"), { minLength: 2, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie("tree"), { minLength: 2, maxLength: 3 }) }),
  ),
})).tree;

function build(t: Tree): string {
  if ("and" in t) return f.and(...t.and.map(build));
  if ("or" in t) return f.or(...t.or.map(build));
  switch (t.op) {
    case "eq":
      return f.eq(t.field, t.value);
    case "ne":
      return f.ne(t.field, t.value);
    case "like":
      return f.like(t.field, String(t.value));
    case "in":
      return f.in(t.field, t.values);
    case "isNull":
      return f.isNull(t.field);
  }
}

describe("filter builder properties", () => {
  it("any string value round-trips through eq", () => {
    fc.assert(
      fc.property(fieldArb, fc.string({ unit: "grapheme" }), (field, value) => {
        expect(parseFilter(f.eq(field, value))).toEqual({ op: "eq", field, value });
      }),
    );
  });

  it("any tree of conditions round-trips (quoting and parenthesising are lossless)", () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        expect(parseFilter(build(tree))).toEqual(tree);
      }),
      { numRuns: 300 },
    );
  });

  it("a quoted value never leaves its quotes: the output has one top-level condition per leaf", () => {
    fc.assert(
      fc.property(fieldArb, fc.string(), (field, value) => {
        const parsed = parseFilter(f.and(f.eq(field, value), f.isNull("x")));
        expect(parsed).toEqual({
          and: [
            { op: "eq", field, value },
            { op: "isNull", field: "x" },
          ],
        });
      }),
    );
  });
});
