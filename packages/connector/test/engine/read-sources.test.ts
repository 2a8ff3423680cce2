import { describe, expect, it } from "vitest";
import { createEngineContext } from "../../src/engine/create-engine-context.js";
import { readAndPlan } from "../../src/engine/read-and-plan.js";
import { assertLeverFieldsKept } from "../../src/engine/read-sources.js";
import { harness, MAPPING } from "./harness.js";

describe("compact reads (what sync and plan use)", () => {
  it("keep only what a plan reads, and plan exactly what full records plan", async () => {
    const h = await harness({ leverUsers: 400, seed: 5 });
    // A first sync, then changes, so the plan holds creates, updates, unchanged people and SaaS actions.
    await (await h.connector()).sync();
    const lever = h.sandbox.lever.state.users();
    for (const u of lever.slice(0, 10)) h.sandbox.lever.state.updateUser(u.id, { name: `${u.name} Jr` });
    const ctx = createEngineContext(h.config, { logger: h.logger });
    const at = new Date("2026-12-01T00:00:00Z");

    const full = await readAndPlan(ctx, undefined, at);
    const compact = await readAndPlan(ctx, undefined, at, { compact: true });

    expect(compact.plan).toEqual(full.plan);
    expect(compact.plan.summary.users.update).toBeGreaterThan(0);
    expect(compact.sources.tenantFields).toEqual(full.sources.tenantFields);
    expect(compact.sources.leverUsers).toHaveLength(full.sources.leverUsers.length);
    expect(compact.sources.oomnitzaUsers).toHaveLength(full.sources.oomnitzaUsers.length);
    // What was dropped: fields no mapping reads, person fields the plan neither matches nor compares.
    expect(full.sources.leverUsers.some((u) => "linkedContactIds" in u)).toBe(true);
    expect(compact.sources.leverUsers.some((u) => "linkedContactIds" in u)).toBe(false);
    expect(full.sources.oomnitzaUsers.some((p) => "created_by" in p)).toBe(true);
    expect(compact.sources.oomnitzaUsers.some((p) => "created_by" in p)).toBe(false);
    expect(compact.sources.oomnitzaUsers.every((p) => typeof p.user_id === "string")).toBe(true);
    expect(full.sources.saas?.users.some((s) => "last_visit" in s)).toBe(true);
    expect(compact.sources.saas?.users.some((s) => "last_visit" in s)).toBe(false);
    // Repeated values are held once: two SaaS users with the same roles share one frozen list, equal
    // to what each read.
    const seats = compact.sources.saas?.users ?? [];
    const key = (s: { roles?: unknown }) => JSON.stringify(s.roles);
    const twins = seats.filter((s) => key(s) === key(seats[0] ?? {}));
    expect(twins.length).toBeGreaterThan(1);
    expect(twins[1]?.roles).toBe(twins[0]?.roles);
    expect(Object.isFrozen(twins[0]?.roles)).toBe(true);
    const whole = new Map(full.sources.saas?.users.map((s) => [s.saas_user_id, s]));
    for (const s of seats) expect(s.roles).toEqual(whole.get(s.saas_user_id)?.roles);
  });
});

describe("compact Lever reads follow the mapping", () => {
  it("keep a Lever field only when the mapping or the planner reads it", async () => {
    const h = await harness({ leverUsers: 120, seed: 7 });
    const at = new Date("2026-12-01T00:00:00Z");
    const plain = await readAndPlan(createEngineContext(h.config, { logger: h.logger }), undefined, at, {
      compact: true,
    });
    // What the planner relies on is kept; what this mapping never reads is not.
    for (const field of ["id", "email", "accessRole", "deactivatedAt", "name"])
      expect(plain.sources.leverUsers.some((u) => field in u)).toBe(true);
    expect(plain.sources.leverUsers.some((u) => "jobTitle" in u || "createdAt" in u)).toBe(false);

    // A mapping that filters on jobTitle and maps createdAt keeps both, and plans as full records do.
    const config = await h.configWith({
      mapping: {
        ...MAPPING,
        fields: { ...MAPPING.fields, hire_date: { from: "createdAt", transform: "iso-date" } },
        filter: { field: "jobTitle", op: "ne", value: "Data Scientist" },
      },
    });
    const ctx = createEngineContext(config, { logger: h.logger });
    const full = await readAndPlan(ctx, undefined, at);
    const compact = await readAndPlan(ctx, undefined, at, { compact: true });
    expect(compact.plan).toEqual(full.plan);
    expect(compact.plan.users.some((a) => a.action === "skip" && a.reason === "filtered")).toBe(true);
    expect(compact.sources.leverUsers.every((u) => "jobTitle" in u && "createdAt" in u)).toBe(true);
    expect(compact.sources.leverUsers.some((u) => "photo" in u)).toBe(false);
  });
});

describe("assertLeverFieldsKept", () => {
  it("refuses to plan from Lever users cut down without a field the mapping reads", async () => {
    const { validateMapping } = await import("@lever-oomnitza/mapping");
    const mapping = validateMapping(MAPPING).mapping;
    if (!mapping) throw new Error("the README mapping is ready");
    const sources = { leverUsers: [], oomnitzaUsers: [], tenantFields: undefined };
    expect(() => assertLeverFieldsKept({ ...sources, leverFields: ["id", "email"] }, mapping)).toThrow(
      /read without name, which the mapping reads; nothing was planned/,
    );
    expect(() =>
      assertLeverFieldsKept({ ...sources, leverFields: ["id", "email", "name"] }, mapping),
    ).not.toThrow();
    expect(() => assertLeverFieldsKept(sources, mapping)).not.toThrow();
  });
});
