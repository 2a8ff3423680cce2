import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/report/report-tables.js";
import { toCsv } from "../../src/report/to-csv.js";

const one = (cell: Cell) =>
  toCsv({ id: "t", title: "t", columns: [{ label: "v" }], rows: [[cell]] }).split("\r\n")[1];

describe("toCsv", () => {
  it.each<[string, { given: Cell; want: string }]>([
    ["plain text", { given: "ana@acme.io", want: "ana@acme.io" }],
    ["a comma is quoted", { given: "Lima, Ana", want: '"Lima, Ana"' }],
    ["a quote is doubled", { given: 'say "hi"', want: '"say ""hi"""' }],
    ["a line break is quoted", { given: "a\nb", want: '"a\nb"' }],
    ["a number stays a number (negative too)", { given: -3, want: "-3" }],
    ["null is empty", { given: null, want: "" }],
    ["= is not a formula", { given: "=HYPERLINK(1)", want: "'=HYPERLINK(1)" }],
    ["+ is not a formula", { given: "+1", want: "'+1" }],
    ["- is not a formula", { given: "-1+2", want: "'-1+2" }],
    ["@ is not a formula", { given: "@SUM(A1)", want: "'@SUM(A1)" }],
    ["guarded and quoted", { given: '=a,"b"', want: `"'=a,""b"""` }],
  ])("%s", (_, { given, want }) => {
    expect(one(given)).toBe(want);
  });

  it("writes a header line and CRLF line ends", () => {
    const csv = toCsv({ id: "t", title: "t", columns: [{ label: "a" }, { label: "b" }], rows: [["x", 1]] });
    expect(csv).toBe("a,b\r\nx,1\r\n");
  });
});
