import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/index.js";

const now = Date.UTC(2026, 0, 1);

describe("generateDataset", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateDataset({ seed: 4, now })).toEqual(generateDataset({ seed: 4, now }));
    expect(generateDataset({ seed: 5, now }).lever.users[0]?.id).not.toBe(
      generateDataset({ seed: 4, now }).lever.users[0]?.id,
    );
  });

  it("makes 250 realistic Lever users by default", () => {
    const { lever } = generateDataset({ seed: 1, now });
    const users = lever.users;
    expect(users).toHaveLength(250);
    const share = (p: (u: (typeof users)[number]) => boolean) => users.filter(p).length / users.length;
    expect(share((u) => u.deactivatedAt !== null)).toBeGreaterThan(0.03);
    expect(share((u) => u.deactivatedAt !== null)).toBeLessThan(0.14);
    expect(share((u) => u.name === u.email && u.accessRole === "interviewer")).toBeGreaterThan(0.03);
    expect(share((u) => u.email !== u.email.toLowerCase())).toBeGreaterThan(0.05);
    expect(new Set(users.map((u) => u.accessRole)).size).toBe(5);
    expect(new Set(users.map((u) => u.email.toLowerCase())).size).toBe(users.length);
    expect(users.some((u) => /\p{Script=Han}/u.test(u.name))).toBe(true);
    expect(users.some((u) => /\p{Script=Cyrillic}/u.test(u.name))).toBe(true);
    expect(users.some((u) => /\p{Script=Arabic}/u.test(u.name))).toBe(true);
    expect(users.every((u, i) => i === 0 || u.createdAt > (users[i - 1]?.createdAt as number))).toBe(true);
    expect(users.every((u) => u.createdAt < now && /^[0-9a-f-]{36}$/.test(u.id))).toBe(true);
    expect(users.every((u) => u.username === u.email.split("@")[0]?.replaceAll(".", "").toLowerCase())).toBe(
      true,
    );
  });

  it("seeds an Oomnitza tenant holding exact, stale and other-case copies of Lever people plus unrelated staff", () => {
    const { lever, oomnitza } = generateDataset({ seed: 1, now });
    const byLeverId = new Map(oomnitza.users.filter((u) => u.lever_id).map((u) => [u.lever_id, u]));
    const leverById = new Map(lever.users.map((u) => [u.id, u]));
    const { exact, staleName, emailCase, unrelated } = oomnitza.expectations;
    for (const list of [exact, staleName, emailCase, unrelated]) expect(list.length).toBeGreaterThan(0);
    for (const id of exact) {
      const [first, last] = leverById.get(id)?.name.split(" ") ?? [];
      expect(byLeverId.get(id)).toMatchObject({
        email: leverById.get(id)?.email,
        first_name: first,
        last_name: last,
        role: 25,
      });
    }
    for (const id of staleName)
      expect(byLeverId.get(id)?.last_name).not.toBe(leverById.get(id)?.name.split(" ")[1]);
    for (const id of emailCase) {
      const email = leverById.get(id)?.email as string;
      const copy = oomnitza.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
      expect(copy?.email).not.toBe(email);
      expect(copy?.lever_id).toBeNull();
    }
    expect(oomnitza.saasApps.map((a) => a.saas_name)).not.toContain("Lever");
    expect(
      generateDataset({ seed: 1, now, oomnitza: { leverApp: true } }).oomnitza.saasApps.map(
        (a) => a.saas_name,
      ),
    ).toContain("Lever");
  });

  it("scales and can start with an empty tenant", () => {
    const big = generateDataset({
      seed: 2,
      now,
      leverUsers: 5000,
      oomnitza: { exactShare: 0, staleShare: 0, emailCaseShare: 0, unrelatedStaff: 0 },
    });
    expect(big.lever.users).toHaveLength(5000);
    expect(big.oomnitza.users).toHaveLength(0);
  });
});
