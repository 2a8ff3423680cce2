import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listRuns } from "../../src/index.js";
import { harness, leverSaasUsers, peopleByLeverId } from "./harness.js";

describe("sync on the sandbox", () => {
  it("first sync of 250 users creates, updates stale records, leaves exact ones; a second sync writes nothing", async () => {
    const h = await harness({ leverUsers: 250 });
    const expectations = h.sandbox.dataset.oomnitza.expectations;
    const connector = await h.connector();
    const first = await connector.sync();

    expect(first.outcome, JSON.stringify(first.failures.slice(0, 3))).toBe("ok");
    expect(first.failures).toEqual([]);
    expect(first.counts.users.unchanged).toBeGreaterThanOrEqual(expectations.exact.length);
    expect(first.counts.users.update).toBeGreaterThanOrEqual(
      expectations.staleName.length + expectations.emailCase.length,
    );
    expect(first.counts.users.create).toBeGreaterThan(100);
    const leverUsers = h.sandbox.lever.state.users();
    const people = peopleByLeverId(h.sandbox);
    const written = first.counts.users.create + first.counts.users.update + first.counts.users.unchanged;
    expect(written + first.counts.users.skip + first.counts.users.conflict).toBe(leverUsers.length);
    expect(people.size).toBe(written);
    for (const id of expectations.staleName)
      expect(people.get(id)?.last_name).not.toMatch(/^(Former|Maiden|Oldname|Previous)$/);
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);

    // SaaS users: every active, synced Lever user has a seat with its Lever id and role.
    const seats = leverSaasUsers(h.sandbox);
    const active = leverUsers.filter((u) => u.deactivatedAt === null && people.has(u.id));
    expect(seats).toHaveLength(active.length);
    expect(first.counts.saas).toMatchObject({
      createApp: 1,
      assign: active.length,
      externalIds: active.length,
      failed: 0,
    });
    const byExternal = new Map(seats.map((s) => [s.user_external_id, s]));
    for (const u of active) {
      const seat = byExternal.get(u.id);
      expect(seat?.roles?.map((r) => r.role_external_label)).toEqual([u.accessRole]);
    }

    // The report on disk matches the returned one and the sandbox's request counts.
    const onDisk = JSON.parse(readFileSync(first.reportPath as string, "utf8"));
    expect(onDisk).toEqual(first);
    expect(first.requests.oomnitza.requests).toBe(h.sandbox.oomnitza.stats.requests);
    expect(first.requests.lever.requests).toBe(h.sandbox.lever.stats.requests);
    expect(first.counts.writes).toBe(h.sandbox.oomnitza.stats.writes);
    expect(first.counts.writes).toBe(first.planned?.writes);
    // Reads: one listing per side (Lever pages of 100, Oomnitza pages of 1000) and one SaaS-app lookup.
    expect(h.sandbox.lever.stats.byRoute).toEqual({ "GET /v1/users": 3 });
    expect(h.sandbox.oomnitza.stats.requests - h.sandbox.oomnitza.stats.writes).toBe(2);

    const second = await (await h.connector()).sync();
    expect(second.outcome).toBe("ok");
    expect(second.counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.stats.writes).toBe(first.counts.writes);
    expect(second.planned?.writes).toBe(0);
    expect(second.counts.users.unchanged).toBe(written);
    const history = await listRuns(h.stateDir);
    expect(history.map((r) => r.runId)).toEqual([second.runId, first.runId]);
  });
});
