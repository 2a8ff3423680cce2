import { describe, expect, it } from "vitest";
import { splitName } from "../src/split-name.js";

const cases: [string, { given: unknown; want: { first: string | null; last: string | null } }][] = [
  ["two Latin tokens", { given: "Priya Raman", want: { first: "Priya", last: "Raman" } }],
  ["mononym", { given: "Cher", want: { first: "Cher", last: null } }],
  ["Chinese, no space: family name first", { given: "王伟", want: { first: "伟", last: "王" } }],
  ["Chinese three characters", { given: "李小龙", want: { first: "小龙", last: "李" } }],
  ["Chinese compound surname", { given: "欧阳娜娜", want: { first: "娜娜", last: "欧阳" } }],
  ["Chinese with a space", { given: "王 伟", want: { first: "伟", last: "王" } }],
  ["Korean", { given: "김민준", want: { first: "민준", last: "김" } }],
  ["Japanese with a space", { given: "山田 太郎", want: { first: "太郎", last: "山田" } }],
  [
    "Spanish double surname",
    { given: "José María García López", want: { first: "José María", last: "García López" } },
  ],
  ["Vietnamese: family name first", { given: "Nguyễn Văn An", want: { first: "Văn An", last: "Nguyễn" } }],
  [
    "Vietnamese in decomposed Unicode",
    { given: "Nguye\u0302\u0303n Văn An", want: { first: "Văn An", last: "Nguyễn" } },
  ],
  ["middle name", { given: "Mary Ann Smith", want: { first: "Mary Ann", last: "Smith" } }],
  [
    "particle starts the family name",
    { given: "Ludwig van Beethoven", want: { first: "Ludwig", last: "van Beethoven" } },
  ],
  ["particle da", { given: "Maria da Silva", want: { first: "Maria", last: "da Silva" } }],
  ["'Last, First'", { given: "Raman, Priya", want: { first: "Priya", last: "Raman" } }],
  ["extra whitespace", { given: "  Priya \t  Raman ", want: { first: "Priya", last: "Raman" } }],
  [
    "email as name (auto-created interviewer)",
    { given: "priya.raman@acme.io", want: { first: "Priya", last: "Raman" } },
  ],
  ["email with one token", { given: "jdoe@acme.io", want: { first: "Jdoe", last: null } }],
  [
    "email with plus tag and underscores",
    { given: "ana_garcia+lever@acme.io", want: { first: "Ana", last: "Garcia" } },
  ],
  ["Arabic", { given: "محمد علي", want: { first: "محمد", last: "علي" } }],
  ["empty", { given: "   ", want: { first: null, last: null } }],
  ["not text", { given: 42, want: { first: null, last: null } }],
];

describe("splitName", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(splitName(given)).toEqual(want);
  });

  it("never loses a token of a spaced name", () => {
    for (const name of ["A B C D E", "José María García López", "Ludwig van Beethoven"]) {
      const { first, last } = splitName(name);
      expect([first, last].filter(Boolean).join(" ").split(" ").sort()).toEqual(name.split(" ").sort());
    }
  });
});
