// The "1% churn" between a rerun and the churn run: what a busy day in Lever looks like. Of the churned
// users 40% are renamed, 20% change role, 20% are deactivated and as many new users are added. Seeded,
// so every run of the bench churns the same users.

const ROLES = ["super admin", "admin", "team member", "limited team member", "interviewer"];

/** A small seeded PRNG (mulberry32); the bench must not depend on Math.random. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mutates the Lever sandbox state by `fraction` of its users; returns what changed, by kind. */
export function applyChurn(leverState, { fraction = 0.01, seed = 42 } = {}) {
  const random = seededRandom(seed);
  const active = leverState.users().filter((u) => u.deactivatedAt === null);
  const total = Math.max(5, Math.round(leverState.count({ includeDeactivated: true }) * fraction));
  const picked = new Set();
  while (picked.size < Math.min(total, active.length)) picked.add(Math.floor(random() * active.length));
  const users = [...picked].map((i) => active[i]);
  const counts = { renamed: 0, roleChanged: 0, deactivated: 0, added: 0 };
  const renames = Math.round(total * 0.4);
  const roles = Math.round(total * 0.2);
  const deactivations = Math.round(total * 0.2);
  users.forEach((u, i) => {
    if (i < renames) {
      leverState.updateUser(u.id, { name: `${u.name.split(" ")[0]} Churned${i}` });
      counts.renamed++;
    } else if (i < renames + roles) {
      const next = ROLES[(ROLES.indexOf(u.accessRole) + 1) % ROLES.length];
      leverState.updateUser(u.id, { accessRole: next });
      counts.roleChanged++;
    } else if (i < renames + roles + deactivations) {
      leverState.deactivateUser(u.id);
      counts.deactivated++;
    }
  });
  const added = total - renames - roles - deactivations;
  for (let i = 0; i < added; i++) {
    leverState.addUser({
      name: `Churn Newhire${i}`,
      email: `churn.newhire${i}.${seed}@example.com`,
      accessRole: ROLES[i % ROLES.length],
    });
    counts.added++;
  }
  return counts;
}
