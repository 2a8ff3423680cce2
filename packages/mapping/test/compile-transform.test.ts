import { describe, expect, it } from "vitest";
import { compileTransform } from "../src/compile-transform.js";
import type { Scalar } from "../src/scalar.js";
import type { TransformStep } from "../src/types.js";

const user = { jobTitle: "Recruiter", name: "Priya Raman", externalDirectoryId: null };
const run = (step: TransformStep, value: Scalar) => compileTransform(step)(value, user, 1_700_000_000_000);

const cases: [string, { step: TransformStep; given: Scalar; want: Scalar }][] = [
  ["lowercase", { step: "lowercase", given: "Priya.Raman@Acme.IO", want: "priya.raman@acme.io" }],
  ["lowercase leaves numbers", { step: "lowercase", given: 42, want: 42 }],
  ["trim", { step: "trim", given: "  a b  ", want: "a b" }],
  ["first-name", { step: "first-name", given: "Priya Raman", want: "Priya" }],
  ["last-name", { step: "last-name", given: "Priya Raman", want: "Raman" }],
  ["last-name of a mononym is empty", { step: "last-name", given: "Cher", want: null }],
  ["unix-seconds from Lever ms", { step: "unix-seconds", given: 1690384512345, want: 1690384512 }],
  ["unix-seconds keeps seconds", { step: "unix-seconds", given: 1690384512, want: 1690384512 }],
  ["unix-seconds from ISO", { step: "unix-seconds", given: "2023-07-26T15:15:12Z", want: 1690384512 }],
  ["unix-seconds of empty", { step: "unix-seconds", given: null, want: null }],
  ["iso-date", { step: "iso-date", given: 1690384512345, want: "2023-07-26T15:15:12Z" }],
  ["iso-date of empty", { step: "iso-date", given: "", want: null }],
  ["email-local-part", { step: "email-local-part", given: "priya.raman@acme.io", want: "priya.raman" }],
  ["email-local-part without @", { step: "email-local-part", given: "priya", want: "priya" }],
  [
    "map hit",
    {
      step: { map: { "super admin": "Administrator" }, default: "Employee" },
      given: "super admin",
      want: "Administrator",
    },
  ],
  [
    "map hit ignores case",
    { step: { map: { "super admin": "Administrator" } }, given: "Super  Admin", want: "Administrator" },
  ],
  [
    "map miss uses default",
    {
      step: { map: { admin: "Administrator" }, default: "Employee" },
      given: "interviewer",
      want: "Employee",
    },
  ],
  [
    "map miss without default passes through",
    { step: { map: { admin: "A" } }, given: "interviewer", want: "interviewer" },
  ],
  ["map to null", { step: { map: { interviewer: null }, default: "x" }, given: "interviewer", want: null }],
  ["map does not see prototype keys", { step: { map: {}, default: "d" }, given: "constructor", want: "d" }],
  ["default on empty", { step: { default: "Employee" }, given: "  ", want: "Employee" }],
  ["default keeps a value", { step: { default: "Employee" }, given: "Recruiter", want: "Recruiter" }],
  [
    "concat a field",
    { step: { concat: ["jobTitle"], separator: " - " }, given: "Priya", want: "Priya - Recruiter" },
  ],
  [
    "concat skips empty parts",
    { step: { concat: ["externalDirectoryId", { value: "x" }] }, given: "a", want: "a x" },
  ],
  ["concat of nothing is empty", { step: { concat: ["externalDirectoryId"] }, given: null, want: null }],
  [
    "concat the sync time",
    { step: { concat: ["$syncTime"], separator: "@" }, given: "t", want: "t@1700000000000" },
  ],
];

describe("transforms", () => {
  it.each(cases)("%s", (_name, { step, given, want }) => {
    expect(run(step, given)).toEqual(want);
  });

  it.each([["unix-seconds"], ["iso-date"]] as const)(
    "%s refuses text that is not a time, naming the transform",
    (step) => {
      expect(() => run(step, "yesterday")).toThrow(new RegExp(`"yesterday" is not a timestamp: ${step}`));
    },
  );
});
