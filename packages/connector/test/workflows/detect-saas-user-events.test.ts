import { describe, expect, it } from "vitest";
import { detectSaasUserEvents } from "../../src/workflows/detect-saas-user-events.js";
import { workflowSnapshot } from "../../src/workflows/workflow-snapshot.js";
import { NOW, saas } from "./records.js";

const before = workflowSnapshot("w", [saas("a"), saas("b"), saas("c", { status: "deactivated" })], NOW);
const now = [
  saas("a"),
  saas("b", { status: "deactivated" }),
  saas("c", { status: "deactivated" }),
  saas("d"),
  saas("e", { status: "deactivated" }),
];
const ids = (users: { saas_user_id: string }[]) => users.map((user) => user.saas_user_id);

describe("detectSaasUserEvents", () => {
  it.each([
    ["after-sync sees everyone", "after-sync", before, "all", ["su-a", "su-b", "su-c", "su-d", "su-e"]],
    [
      "schedule sees everyone",
      { schedule: "0 4 * * *" },
      undefined,
      "all",
      ["su-a", "su-b", "su-c", "su-d", "su-e"],
    ],
    ["assigned: only ids absent from the snapshot", "saas-user-assigned", before, "events", ["su-d", "su-e"]],
    [
      "deactivated: newly deactivated (or new and deactivated)",
      "saas-user-deactivated",
      before,
      "events",
      ["su-b", "su-e"],
    ],
  ] as const)("%s", (_name, trigger, previous, mode, want) => {
    const got = detectSaasUserEvents(trigger as never, now, previous);
    expect(got.mode).toBe(mode);
    expect(got.baseline).toBe(false);
    expect(ids(got.users)).toEqual(want);
  });

  it.each(["saas-user-assigned", "saas-user-deactivated"] as const)(
    "%s with no snapshot records a baseline and fires nothing",
    (trigger) => {
      expect(detectSaasUserEvents(trigger, now, undefined)).toEqual({
        mode: "events",
        baseline: true,
        users: [],
      });
    },
  );

  it("fires once: the next run against this run's snapshot sees no event", () => {
    const next = workflowSnapshot("w", now, NOW);
    expect(detectSaasUserEvents("saas-user-deactivated", now, next).users).toEqual([]);
    expect(detectSaasUserEvents("saas-user-assigned", now, next).users).toEqual([]);
  });

  it("the snapshot holds ids and statuses only", () => {
    expect(before.users).toEqual({
      "su-a": { status: "active" },
      "su-b": { status: "active" },
      "su-c": { status: "deactivated" },
    });
    expect(JSON.stringify(before)).not.toContain("@");
  });
});
