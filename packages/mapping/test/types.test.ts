import { describe, expectTypeOf, it } from "vitest";
import {
  type CompiledMapping,
  diffRecords,
  type FieldChange,
  type Filter,
  type Mapping,
  type MappingInput,
  type MappingProblem,
  type MappingValidation,
  mapUser,
  matchesRule,
  type OomnitzaRecord,
  type Provenance,
  type Rule,
  smartMapping,
  validateMapping,
} from "../src/index.js";

describe("public types", () => {
  it("validateMapping narrows to a mapping only when ready", () => {
    expectTypeOf(validateMapping).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateMapping).returns.toEqualTypeOf<MappingValidation>();
    const v = validateMapping({});
    if (v.status === "ready") expectTypeOf(v.mapping).toEqualTypeOf<Mapping>();
    else expectTypeOf(v.mapping).toEqualTypeOf<undefined>();
    expectTypeOf(v.problems).toExtend<MappingProblem[]>();
    expectTypeOf<MappingProblem>().toEqualTypeOf<{ path: string; message: string; fix: string }>();
  });

  it("mapUser takes any user and returns a record with provenance, or reasons", () => {
    expectTypeOf(mapUser).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(mapUser).parameter(1).toEqualTypeOf<Mapping | CompiledMapping>();
    expectTypeOf(mapUser).parameter(2).toEqualTypeOf<{ syncTime: number | Date }>();
    const r = mapUser({}, {} as Mapping, { syncTime: 0 });
    if (r.ok) {
      expectTypeOf(r.record).toEqualTypeOf<OomnitzaRecord>();
      expectTypeOf(r.provenance).toEqualTypeOf<Provenance>();
    } else expectTypeOf(r.reasons).toEqualTypeOf<string[]>();
  });

  it("matchesRule, diffRecords and smartMapping", () => {
    expectTypeOf(matchesRule).returns.toEqualTypeOf<boolean>();
    expectTypeOf(matchesRule).parameter(1).toEqualTypeOf<Rule | undefined>();
    expectTypeOf<Filter>().toMatchTypeOf<Rule>();
    expectTypeOf(diffRecords).returns.toEqualTypeOf<FieldChange[]>();
    expectTypeOf(smartMapping).returns.toEqualTypeOf<MappingInput>();
    expectTypeOf(smartMapping).parameter(0).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error: "newerThen" is not a rule op.
    const bad: Filter = { field: "createdAt", op: "newerThen", value: "1d" };
    void bad;
  });
});
