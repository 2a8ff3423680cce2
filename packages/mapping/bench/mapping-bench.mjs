#!/usr/bin/env node
// Micro-benchmark: map + diff 100,000 synthetic Lever users against their existing Oomnitza records
// (two thirds unchanged, one third with a stale field), using the built dist. Not part of vitest.
// The last stdout line is JSON: { "usersPerSecond": N }.
import { compileMapping } from "../dist/index.js";

const COUNT = Number(process.env.BENCH_USERS ?? 100_000);
const ROLES = ["super admin", "admin", "team member", "limited team member", "interviewer"];
const NAMES = [
  "Priya Raman",
  "王伟",
  "Cher",
  "José María García López",
  "Nguyễn Văn An",
  "Ludwig van Beethoven",
];

const compiled = compileMapping({
  syncKeys: ["email"],
  role: 25,
  fields: {
    username: { from: "email", transform: ["trim", "lowercase"] },
    email: { from: "email", transform: ["trim", "lowercase"] },
    first_name: { from: "name", transform: "first-name" },
    last_name: { from: "name", transform: "last-name" },
    lever_id: "id",
    position: {
      from: "accessRole",
      transform: { map: { "super admin": "Administrator", admin: "Administrator" }, default: "Employee" },
    },
    lever_created: { from: "createdAt", transform: "unix-seconds" },
    lever_sync_time: { from: "$syncTime", transform: "unix-seconds" },
  },
  filter: {
    any: [
      { field: "deactivatedAt", op: "missing" },
      { field: "deactivatedAt", op: "newerThan", value: "30d" },
    ],
  },
});

const syncTime = Date.UTC(2026, 0, 1);
const users = Array.from({ length: COUNT }, (_, i) => ({
  id: `u-${i.toString(16).padStart(8, "0")}`,
  name: i % 7 === 0 ? `user${i}@acme.io` : NAMES[i % NAMES.length],
  username: `user${i}`,
  email: i % 5 === 0 ? `User${i}@Acme.io` : `user${i}@acme.io`,
  createdAt: 1_690_000_000_000 + i * 1000,
  deactivatedAt: i % 11 === 0 ? syncTime - 86_400_000 : null,
  accessRole: ROLES[i % ROLES.length],
}));
const existing = users.map((u, i) => {
  const r = compiled.map(u, syncTime - 86_400_000);
  if (!r.ok) throw new Error(r.reasons.join("; "));
  const record = { ...r.record, user_id: `o-${i}` };
  if (i % 3 === 0) record.last_name = "Stale";
  if (i % 4 === 0) record.lever_created = String(record.lever_created);
  return record;
});

function run() {
  let changes = 0;
  for (let i = 0; i < users.length; i++) {
    const u = users[i];
    if (!compiled.matches(u, syncTime)) continue;
    const r = compiled.map(u, syncTime);
    if (r.ok) changes += compiled.diff(r.record, existing[i]).length;
  }
  return changes;
}

run(); // warm-up (JIT)
const rounds = 3;
let best = Number.POSITIVE_INFINITY;
let changes = 0;
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  changes = run();
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
process.stdout.write(
  `mapped + diffed ${COUNT} users in ${best.toFixed(3)} s (best of ${rounds}); ${changes} field changes\n`,
);
process.stdout.write(`${JSON.stringify({ usersPerSecond: Math.round(COUNT / best) })}\n`);
