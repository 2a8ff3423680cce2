import { describe, expect, it } from "vitest";
import { diffRecords } from "../src/diff-records.js";
import { mapUser } from "../src/map-user.js";
import { sameValue } from "../src/same-value.js";
import type { Mapping } from "../src/types.js";

const same: [string, { a: unknown; b: unknown }][] = [
  ["identical", { a: "x", b: "x" }],
  ["whitespace", { a: " Priya   Raman ", b: "Priya Raman" }],
  ["email case", { a: "Priya.Raman@Acme.io", b: "priya.raman@acme.io" }],
  ["number vs numeric string", { a: 25, b: "25" }],
  ["decimal string", { a: 2.5, b: "2.50" }],
  ["boolean vs text", { a: true, b: "true" }],
  ["seconds vs ms", { a: 1690384512, b: 1690384512345 }],
  ["seconds vs ISO", { a: 1690384512, b: "2023-07-26T15:15:12Z" }],
  ["seconds vs ISO with offset", { a: 1690384512, b: "2023-07-26T17:15:12+02:00" }],
  ["seconds vs date only on that day", { a: 1690384512, b: "2023-07-26" }],
  ["null vs missing", { a: null, b: undefined }],
  ["null vs empty text", { a: null, b: "  " }],
];
const different: [string, { a: unknown; b: unknown }][] = [
  ["text case (not an email)", { a: "Raman", b: "raman" }],
  ["value vs empty", { a: "x", b: null }],
  ["numbers", { a: 25, b: 26 }],
  ["small numbers are not timestamps", { a: 25, b: 25000 }],
  ["seconds vs other day", { a: 1690384512, b: "2023-07-27" }],
  ["boolean", { a: true, b: false }],
  ["boolean vs text", { a: true, b: "yes" }],
];

describe("sameValue", () => {
  it.each(same)("same: %s", (_n, { a, b }) => {
    expect(sameValue(a, b)).toBe(true);
    expect(sameValue(b, a)).toBe(true);
  });
  it.each(different)("different: %s", (_n, { a, b }) => {
    expect(sameValue(a, b)).toBe(false);
    expect(sameValue(b, a)).toBe(false);
  });
});

const mapping: Mapping = {
  syncKeys: ["email"],
  role: 25,
  fields: {
    username: { from: "email", transform: "lowercase" },
    email: { from: "email", transform: "lowercase" },
    first_name: { from: "name", transform: "first-name" },
    last_name: { from: "name", transform: "last-name" },
    position: "jobTitle",
    lever_created: { from: "createdAt", transform: "unix-seconds" },
    lever_sync_time: { from: "$syncTime", transform: "unix-seconds" },
  },
};
const lever = {
  id: "u1",
  name: "Priya Raman",
  email: "Priya.Raman@acme.io",
  createdAt: 1690384512345,
  deactivatedAt: null,
  accessRole: "admin",
  jobTitle: "Recruiter",
};
const desired = (syncTime: number) => {
  const r = mapUser(lever, mapping, { syncTime });
  if (!r.ok) throw new Error(r.reasons.join());
  return r.record;
};

describe("diffRecords", () => {
  it("reports nothing for an unchanged re-sync, even with a new sync time and Oomnitza's own formatting", () => {
    const existing = {
      user_id: "o1",
      username: "PRIYA.RAMAN@ACME.IO",
      email: "priya.raman@acme.io ",
      first_name: "Priya",
      last_name: " Raman",
      position: "Recruiter",
      lever_created: "1690384512",
      lever_sync_time: 1_700_000_000,
      role: 7, // changed by an admin in Oomnitza: role is for creates only
    };
    expect(diffRecords(desired(1_800_000_000_000), existing, mapping)).toEqual([]);
  });

  it("reports only real changes, with from and to, and the sync time alongside", () => {
    const existing = { ...desired(1_700_000_000_000), last_name: "Stale" };
    expect(diffRecords(desired(1_800_000_000_000), existing, mapping)).toEqual([
      { field: "last_name", from: "Stale", to: "Raman" },
      { field: "lever_sync_time", from: 1_700_000_000, to: 1_800_000_000 },
    ]);
  });

  it("clears a field that became empty in Lever", () => {
    const now = desired(1);
    const r = mapUser({ ...lever, jobTitle: null }, mapping, { syncTime: 1 });
    expect(r.ok && diffRecords(r.record, now, mapping)).toEqual([
      { field: "position", from: "Recruiter", to: null },
    ]);
  });

  it("treats a missing existing record as all-new", () => {
    expect(diffRecords(desired(1), undefined, mapping).map((c) => c.field)).toEqual([
      "username",
      "email",
      "first_name",
      "last_name",
      "position",
      "lever_created",
      "lever_sync_time",
    ]);
  });

  it("without a mapping compares every defined key of desired", () => {
    expect(diffRecords({ a: 1, b: undefined, c: "X@y.io" }, { a: "1", b: "kept", c: "x@Y.io" })).toEqual([]);
    expect(diffRecords({ a: 2 }, { a: 1 })).toEqual([{ field: "a", from: 1, to: 2 }]);
  });
});
