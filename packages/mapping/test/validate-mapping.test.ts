import { describe, expect, it } from "vitest";
import { validateMapping } from "../src/validate-mapping.js";

const ready = {
  syncKeys: ["email"],
  role: 25,
  fields: { username: "email", email: { from: "email", transform: ["trim", "lowercase"] }, lever_id: "id" },
};

const problemCases: [string, { input: unknown; path: string; message: RegExp; fix: RegExp }][] = [
  [
    "missing role",
    { input: { ...ready, role: undefined }, path: "role", message: /role is missing/, fix: /numeric id/ },
  ],
  [
    "role as a name",
    {
      input: { ...ready, role: "Employee" },
      path: "role",
      message: /numeric Oomnitza role id/,
      fix: /role: 25/,
    },
  ],
  [
    "missing username",
    {
      input: { ...ready, fields: { email: "email" } },
      path: "fields.username",
      message: /username is not mapped/,
      fix: /username: email/,
    },
  ],
  [
    "missing email",
    {
      input: { ...ready, syncKeys: ["username"], fields: { username: "email" } },
      path: "fields.email",
      message: /email is not mapped/,
      fix: /email: email/,
    },
  ],
  [
    "missing sync keys",
    {
      input: { ...ready, syncKeys: [] },
      path: "syncKeys",
      message: /syncKeys is missing/,
      fix: /syncKeys: \[email\]/,
    },
  ],
  [
    "unmapped sync key",
    {
      input: { ...ready, syncKeys: ["email", "employee_id"] },
      path: "syncKeys[1]",
      message: /"employee_id" is not mapped/,
      fix: /map it under fields/,
    },
  ],
  [
    "duplicate sync key",
    {
      input: { ...ready, syncKeys: ["email", "email"] },
      path: "syncKeys[1]",
      message: /listed twice/,
      fix: /once/,
    },
  ],
  [
    "unknown Lever field",
    {
      input: { ...ready, fields: { ...ready.fields, lever_id: "uid" } },
      path: "fields.lever_id",
      message: /unknown Lever field "uid"/,
      fix: /did you mean "id"/,
    },
  ],
  [
    "unknown from",
    {
      input: { ...ready, fields: { ...ready.fields, position: { from: "jobtitle" } } },
      path: "fields.position.from",
      message: /unknown Lever field/,
      fix: /did you mean "jobTitle"/,
    },
  ],
  [
    "unknown transform",
    {
      input: { ...ready, fields: { ...ready.fields, email: { from: "email", transform: "lowercse" } } },
      path: "fields.email.transform",
      message: /unknown transform "lowercse"/,
      fix: /did you mean "lowercase"/,
    },
  ],
  [
    "unknown transform in a chain",
    {
      input: {
        ...ready,
        fields: { ...ready.fields, email: { from: "email", transform: ["trim", "upper"] } },
      },
      path: "fields.email.transform[1]",
      message: /unknown transform "upper"/,
      fix: /transforms: lowercase/,
    },
  ],
  [
    "map written as a bare name",
    {
      input: { ...ready, fields: { ...ready.fields, position: { from: "accessRole", transform: "map" } } },
      path: "fields.position.transform",
      message: /unknown transform "map"/,
      fix: /needs options/,
    },
  ],
  [
    "map without a table",
    {
      input: {
        ...ready,
        fields: { ...ready.fields, position: { from: "accessRole", transform: { map: ["a"] } } },
      },
      path: "fields.position.transform",
      message: /map needs a table/,
      fix: /super admin/,
    },
  ],
  [
    "concat of unknown field",
    {
      input: {
        ...ready,
        fields: { ...ready.fields, full: { from: "name", transform: { concat: ["title"] } } },
      },
      path: "fields.full.transform",
      message: /concat needs/,
      fix: /concat: \[jobTitle\]/,
    },
  ],
  [
    "typo in a source key",
    {
      input: { ...ready, fields: { ...ready.fields, email: { from: "email", transfrom: "trim" } } },
      path: "fields.email.transfrom",
      message: /unknown key "transfrom"/,
      fix: /did you mean "transform"/,
    },
  ],
  [
    "constant that is an object",
    {
      input: { ...ready, fields: { ...ready.fields, position: { value: { a: 1 } } } },
      path: "fields.position.value",
      message: /constant must be/,
      fix: /quote/,
    },
  ],
  [
    "role in fields",
    {
      input: { ...ready, fields: { ...ready.fields, role: { value: 25 } } },
      path: "fields.role",
      message: /role is not mapped per user/,
      fix: /mapping.role/,
    },
  ],
  [
    "bad Oomnitza field name",
    {
      input: { ...ready, fields: { ...ready.fields, "lever id": "id" } },
      path: "fields.lever id",
      message: /not an Oomnitza field name/,
      fix: /External ID/,
    },
  ],
  [
    "unknown top-level key",
    {
      input: { ...ready, syncKey: ["email"] },
      path: "syncKey",
      message: /unknown key "syncKey"/,
      fix: /did you mean "syncKeys"/,
    },
  ],
  [
    "filter on unknown field",
    {
      input: { ...ready, filter: { field: "deactivated", op: "missing" } },
      path: "filter.field",
      message: /unknown Lever field "deactivated"/,
      fix: /deactivatedAt/,
    },
  ],
  [
    "filter with unknown op",
    {
      input: { ...ready, filter: { all: [{ field: "accessRole", op: "equals", value: "admin" }] } },
      path: "filter.all[0].op",
      message: /unknown op "equals"/,
      fix: /use one of/,
    },
  ],
  [
    "filter with bad duration",
    {
      input: { ...ready, filter: { field: "createdAt", op: "olderThan", value: "one year" } },
      path: "filter.value",
      message: /needs a duration/,
      fix: /365d/,
    },
  ],
  [
    "in without a list",
    {
      input: { ...ready, filter: { field: "accessRole", op: "in", value: "admin" } },
      path: "filter.value",
      message: /list of values/,
      fix: /\[a, b\]/,
    },
  ],
  ["not an object", { input: "email", path: "", message: /must be an object/, fix: /smartMapping/ }],
];

describe("validateMapping", () => {
  it("accepts a complete mapping as ready, returning the parsed mapping", () => {
    const result = validateMapping(ready);
    expect(result).toEqual({ status: "ready", mapping: ready, problems: [] });
  });

  it.each(problemCases)("draft: %s", (_name, { input, path, message, fix }) => {
    const result = validateMapping(input);
    expect(result.status).toBe("draft");
    expect(result.mapping).toBeUndefined();
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
    expect(problem!.fix).toMatch(fix);
  });

  it("reports every mandatory item of an empty mapping at once", () => {
    expect(validateMapping({}).problems.map((p) => p.path)).toEqual(["fields", "role", "syncKeys"]);
  });

  it("accepts a full filter, every transform and constants", () => {
    const result = validateMapping({
      ...ready,
      fields: {
        ...ready.fields,
        first_name: { from: "name", transform: "first-name" },
        last_name: { from: "name", transform: ["last-name", { default: "-" }] },
        position: {
          from: "accessRole",
          transform: { map: { "super admin": "Administrator" }, default: "Employee" },
        },
        lever_created: { from: "createdAt", transform: "iso-date" },
        lever_sync_time: { from: "$syncTime", transform: "unix-seconds" },
        note: {
          from: "jobTitle",
          transform: { concat: ["externalDirectoryId", { value: "(Lever)" }], separator: " " },
          required: false,
        },
        login: { from: "email", transform: "email-local-part" },
        source: { value: "Lever" },
      },
      filter: {
        any: [
          { field: "deactivatedAt", op: "missing" },
          {
            all: [
              { field: "accessRole", op: "notIn", value: ["interviewer"] },
              { field: "deactivatedAt", op: "newerThan", value: "30d" },
            ],
          },
        ],
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.status).toBe("ready");
  });
});
