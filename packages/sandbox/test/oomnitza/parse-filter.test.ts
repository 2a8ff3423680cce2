import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFilter } from "../../src/oomnitza/evaluate-filter.js";
import { FilterSyntaxError, parseFilter } from "../../src/oomnitza/parse-filter.js";

const ann = {
  first_name: "Ann",
  last_name: "O'Brien",
  role: 25,
  email: "Ann@Acme.io",
  lever_id: null,
  suspended: false,
};

describe("parseFilter + evaluateFilter", () => {
  const cases: [string, { filter: string; want: boolean }][] = [
    ["eq on text", { filter: "first_name eq 'Ann'", want: true }],
    ["eq is exact about case", { filter: "email eq 'ann@acme.io'", want: false }],
    ["doubled quote", { filter: "last_name eq 'O''Brien'", want: true }],
    ["ne", { filter: "first_name ne 'Bob'", want: true }],
    ["number vs numeric string", { filter: "role eq '25'", want: true }],
    ["gte / lt", { filter: "role gte 25 AND role lt 26", want: true }],
    ["symbol operators", { filter: "role = 25 AND role != 3", want: true }],
    ["IN with brackets", { filter: "role IN [1, 25]", want: true }],
    ["IN with parens", { filter: "first_name IN ('Bob', 'Eve')", want: false }],
    ["NOT IN", { filter: "first_name NOT IN ['Bob']", want: true }],
    ["IS NULL", { filter: "lever_id IS NULL", want: true }],
    ["IS NOT NULL", { filter: "lever_id is not null", want: false }],
    ["LIKE ignores case", { filter: "email LIKE '%@acme.IO'", want: true }],
    ["LIKE with _", { filter: "first_name like 'A_n'", want: true }],
    ["NOT LIKE", { filter: "first_name NOT LIKE 'B%'", want: true }],
    ["BETWEEN", { filter: "role BETWEEN 20 AND 30", want: true }],
    ["boolean", { filter: "suspended eq false", want: true }],
    ["AND binds tighter than OR", { filter: "first_name eq 'Bob' AND role eq 1 OR role eq 25", want: true }],
    ["parentheses", { filter: "first_name eq 'Bob' AND (role eq 1 OR role eq 25)", want: false }],
    ["value with & and %", { filter: "last_name eq 'a&b%'", want: false }],
  ];
  it.each(cases)("%s", (_name, { filter, want }) => {
    expect(evaluateFilter(parseFilter(filter), ann)).toBe(want);
  });

  const bad: [string, RegExp][] = [
    ["", /empty filter/],
    ["first_name", /expected an operator/],
    ["first_name eq", /expected a value/],
    ["first_name eq 'Ann", /unterminated string/],
    ["first_name eq Ann", /expected a value, got 'Ann'/],
    ["role IN []", /at least one value/],
    ["role IS 3", /expected NULL after IS/],
    ["(role eq 1", /expected '\)'/],
    ["role eq 1 role eq 2", /unexpected 'role'/],
    ["role ~ 1", /unexpected character '~'/],
  ];
  it.each(bad)("rejects %j with a positioned message", (filter, message) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
    expect(() => parseFilter(filter)).toThrow(message);
  });

  it("round-trips any string value written with doubled quotes", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const node = parseFilter(`last_name eq '${value.replaceAll("'", "''")}'`);
        expect(node).toEqual({ type: "cmp", field: "last_name", op: "eq", value });
        expect(evaluateFilter(node, { last_name: value })).toBe(true);
      }),
    );
  });

  it("never throws anything but FilterSyntaxError on arbitrary input", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."ab_ '()[],=!<>%-19 ANDORISNULLIKE".split("")), maxLength: 40 }),
        (input) => {
          try {
            evaluateFilter(parseFilter(input), ann);
          } catch (error) {
            expect(error).toBeInstanceOf(FilterSyntaxError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
