import { describe, expect, it } from "vitest";
import { findLeverUser } from "../../src/workflows/find-lever-user.js";
import { indexLeverUsers } from "../../src/workflows/index-lever-users.js";
import { lever, saas } from "./records.js";

const index = indexLeverUsers([
  lever("a"),
  lever("b", { email: "Bob@Acme.io" }),
  lever("c1", { email: "dup@acme.io", deactivatedAt: 1 }),
  lever("c2", { email: "DUP@acme.io" }),
  lever("d1", { email: "twice@acme.io" }),
  lever("d2", { email: "twice@acme.io" }),
]);

describe("findLeverUser", () => {
  const cases: [string, Parameters<typeof saas>[1], string | undefined, string][] = [
    ["by user_external_id", { user_external_id: "a" }, "a", "user_external_id"],
    ["external id wins over email", { user_external_id: "a", email: "bob@acme.io" }, "a", "user_external_id"],
    [
      "falls back to email, case-insensitively",
      { user_external_id: null, email: " bob@ACME.io " },
      "b",
      "email",
    ],
    [
      "stale external id falls back to email",
      { user_external_id: "gone", email: "bob@acme.io" },
      "b",
      "email",
    ],
    [
      "shared email: the one active user wins",
      { user_external_id: null, email: "dup@acme.io" },
      "c2",
      "email",
    ],
    [
      "shared email, two active: ambiguous",
      { user_external_id: null, email: "twice@acme.io" },
      undefined,
      "ambiguous-email",
    ],
    ["unknown id and email: missing", { user_external_id: "x", email: "x@acme.io" }, undefined, "missing"],
    ["no id, no email: missing", { user_external_id: null, email: null }, undefined, "missing"],
  ];
  it.each(cases)("%s", (_name, over, wantId, wantHow) => {
    const match = findLeverUser(index, saas("z", over));
    if (wantId) {
      expect(match).toMatchObject({ found: true, via: wantHow });
      expect(match.found && match.user.id).toBe(wantId);
    } else expect(match).toMatchObject({ found: false, reason: wantHow });
  });
});
