import { normalizeKey } from "@lever-oomnitza/mapping";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan.js";
import type { LeverUserData, OomnitzaUserData } from "../../src/plan/plan-data.js";
import { NOW, testMapping } from "./fixtures.js";

const odd = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string(),
  fc.constantFrom(
    "a@acme.io",
    "A@ACME.IO",
    " a@acme.io ",
    "b@acme.io",
    "王伟@例子.公司",
    "😀@x.io",
    "x".repeat(10_000),
  ),
);
const leverUser = fc.record({
  id: fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6"),
  name: odd,
  email: odd,
  createdAt: fc.oneof(fc.integer(), fc.constant(null)),
  deactivatedAt: fc.oneof(fc.constant(null), fc.integer({ min: 0 })),
  accessRole: fc.oneof(fc.constantFrom("admin", "interviewer"), odd),
});
const person = fc.record({
  user_id: fc.constantFrom("O1", "O2", "O3", "O4"),
  email: odd,
  username: odd,
  lever_id: fc.oneof(fc.constant(null), fc.constantFrom("u1", "u2", "u3")),
  last_name: odd,
});

describe("buildPlan on arbitrary data", () => {
  it("never throws, gives each Lever user exactly one action, and never plans two colliding creates", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(leverUser, { selector: (u) => u.id }),
        fc.uniqueArray(person, { selector: (p) => p.user_id }),
        (leverUsers, people) => {
          const plan = buildPlan({
            leverUsers: leverUsers as unknown as LeverUserData[],
            oomnitzaUsers: people as unknown as OomnitzaUserData[],
            saas: { app: null, users: [] },
            mapping: testMapping(),
            settings: {
              records: "users-and-saas-users",
              preference: "create-and-update",
              saasApp: "Lever",
              deactivateMissing: true,
              maxDeactivations: "5%",
            },
            now: NOW,
            configFingerprint: "x",
          });
          expect(plan.users.map((a) => a.leverId).sort()).toEqual(leverUsers.map((u) => u.id).sort());
          const claimed = new Set<string>();
          for (const a of plan.users) {
            if (a.action === "update" || a.action === "unchanged") {
              expect(claimed.has(a.oomnitzaId)).toBe(false);
              claimed.add(a.oomnitzaId);
            }
          }
          const createKeys = plan.users.flatMap((a) =>
            a.action === "create"
              ? ["username", "email"].map((f) => `${f}:${normalizeKey(a.record[f])}`)
              : [],
          );
          expect(new Set(createKeys).size).toBe(createKeys.length);
          const held = new Set(
            people.flatMap((p) => ["username", "email"].map((f) => `${f}:${normalizeKey(p[f as "email"])}`)),
          );
          for (const key of createKeys) if (!key.endsWith(":null")) expect(held.has(key)).toBe(false);
          expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
        },
      ),
      { numRuns: 300 },
    );
  });
});
