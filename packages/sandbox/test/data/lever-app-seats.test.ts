import { describe, expect, it } from "vitest";
import { generateDataset, startSandbox } from "../../src/index.js";

const now = Date.UTC(2026, 0, 1);
const shares = { deactivatedSeatShare: 0.1, orphanSeatShare: 0.05 };

describe("data.oomnitza.leverApp seat shares", () => {
  it("seeds seats of deactivated Lever users and of people not in Lever, in about the asked shares", () => {
    const { lever, oomnitza } = generateDataset({
      seed: 3,
      now,
      leverUsers: 400,
      oomnitza: { leverApp: shares },
    });
    const seats = oomnitza.saasUsers.filter((s) => s.saas_id === 3);
    const people = new Map(oomnitza.users.map((u) => [u.user_id, u]));
    const leverById = new Map(lever.users.map((u) => [u.id, u]));
    const { deactivatedSeats, orphanSeats } = oomnitza.expectations;
    expect(deactivatedSeats.length).toBeGreaterThan(0);
    expect(orphanSeats.length).toBeGreaterThan(0);
    expect(Math.abs(deactivatedSeats.length / seats.length - 0.1)).toBeLessThan(0.02);
    expect(Math.abs(orphanSeats.length / seats.length - 0.05)).toBeLessThan(0.02);
    for (const id of deactivatedSeats) {
      const seat = seats.find((s) => s.saas_user_id === id);
      const person = people.get(seat?.user_id as string);
      const leverUser = leverById.get(person?.lever_id as string);
      expect(leverUser?.deactivatedAt, id).not.toBeNull();
      expect(seat?.user_external_id).toBe(leverUser?.id);
      expect(seat?.status).toBe("active");
    }
    const leverEmails = new Set(lever.users.map((u) => u.email.toLowerCase()));
    for (const id of orphanSeats) {
      const seat = seats.find((s) => s.saas_user_id === id);
      const person = people.get(seat?.user_id as string);
      expect(person?.lever_id).toBeNull();
      expect(leverEmails.has(person?.email.toLowerCase() as string)).toBe(false);
      expect(seat?.user_external_id).toBeNull();
    }
  });

  it("is deterministic for a seed and leaves the rest of the tenant as `leverApp: true` seeds it", () => {
    const a = generateDataset({ seed: 3, now, oomnitza: { leverApp: shares } });
    expect(generateDataset({ seed: 3, now, oomnitza: { leverApp: shares } })).toEqual(a);
    const plain = generateDataset({ seed: 3, now, oomnitza: { leverApp: true } });
    expect(a.oomnitza.users.slice(0, plain.oomnitza.users.length)).toEqual(plain.oomnitza.users);
    expect(a.oomnitza.saasUsers.slice(0, plain.oomnitza.saasUsers.length)).toEqual(plain.oomnitza.saasUsers);
    expect(plain.oomnitza.expectations.deactivatedSeats).toEqual([]);
    expect(plain.oomnitza.expectations.orphanSeats).toEqual([]);
  });

  it.each([
    [{ deactivatedSeatShare: 1 }, "deactivatedSeatShare"],
    [{ orphanSeatShare: -0.1 }, "orphanSeatShare"],
    [{ deactivatedSeatShare: 0.6, orphanSeatShare: 0.5 }, "below 1"],
  ])("refuses %j, naming the field", (leverApp, named) => {
    expect(() => generateDataset({ seed: 1, now, oomnitza: { leverApp } })).toThrow(named);
  });

  it("serves the seeded seats over HTTP", async () => {
    const sandbox = await startSandbox({ seed: 3, now, data: { oomnitza: { leverApp: shares } } });
    try {
      const res = await fetch(`${sandbox.oomnitza.baseUrl}/api/v3/saas/3/users?limit=1000`, {
        headers: { Authorization2: sandbox.oomnitza.credentials.token },
      });
      const body = (await res.json()) as Array<{ saas_user_id: string }>;
      const ids = new Set(body.map((s) => s.saas_user_id));
      for (const id of sandbox.dataset.oomnitza.expectations.deactivatedSeats) expect(ids.has(id)).toBe(true);
      for (const id of sandbox.dataset.oomnitza.expectations.orphanSeats) expect(ids.has(id)).toBe(true);
    } finally {
      await sandbox.close();
    }
  });
});
