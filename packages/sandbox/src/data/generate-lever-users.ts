import type { LeverAccessRole, SandboxLeverUser } from "../types.js";
import type { Random } from "./create-random.js";
import { type NamePool, namePools } from "./name-pools.js";

const DAY_MS = 86_400_000;
const domains = ["acme.example", "acme-corp.example"];
const jobTitles = [
  "Technical Recruiter",
  "Hiring Manager",
  "Software Engineer",
  "Talent Partner",
  "Sourcer",
  "Engineering Manager",
  "Recruiting Coordinator",
  "Head of People",
  "Product Designer",
  "Data Scientist",
];

// Role mix of a mid-size Lever account: few admins, many team members and interviewers.
const roleWeights: readonly [LeverAccessRole, number][] = [
  ["super admin", 0.02],
  ["admin", 0.06],
  ["team member", 0.42],
  ["limited team member", 0.2],
  ["interviewer", 0.3],
];

/** Options for `generateLeverUsers`. */
export interface LeverUserOptions {
  count: number;
  now: number;
  /** Share of deactivated users (default 0.08). */
  deactivatedShare?: number;
  /** Share of interviewers Lever auto-created from an interview panel: name == email (default 0.1). */
  autoCreatedShare?: number;
  /** Share of emails written in mixed case (default 0.15). */
  mixedCaseShare?: number;
}

/** Romanized name parts of a generated user, kept so the Oomnitza tenant can be seeded consistently. */
export interface GeneratedLeverUser {
  user: SandboxLeverUser;
  script: string;
  autoCreated: boolean;
}

function pickPool(random: Random): NamePool {
  const roll = random.next();
  // Half the people have plain Latin names, the rest spread over the other scripts.
  if (roll < 0.5) return namePools[0] as NamePool;
  if (roll < 0.65) return namePools[1] as NamePool;
  return random.pick(namePools.slice(2));
}

function pickRole(random: Random): LeverAccessRole {
  let roll = random.next();
  for (const [role, weight] of roleWeights) {
    roll -= weight;
    if (roll < 0) return role;
  }
  return "interviewer";
}

function mixCase(email: string, random: Random): string {
  const [local = "", domain = ""] = email.split("@");
  const style = random.int(0, 2);
  if (style === 0)
    return `${local.replace(/(^|\.)([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())}@${domain}`;
  if (style === 1) return `${local}@${domain.toUpperCase()}`;
  return email.toUpperCase();
}

/** Lever derives `username` from the email's local part with dots removed (docs/vendor-facts.md#lever-user-object, observed). */
export function leverUsername(email: string): string {
  return (email.split("@")[0] ?? "").replace(/\./g, "").toLowerCase();
}

/** Generates `count` deterministic Lever users, oldest first, with unique case-insensitive emails. */
export function generateLeverUsers(random: Random, o: LeverUserOptions): GeneratedLeverUser[] {
  const seen = new Map<string, number>();
  const out: GeneratedLeverUser[] = [];
  const span = 5 * 365 * DAY_MS;
  const slot = span / Math.max(1, o.count);
  for (let i = 0; i < o.count; i++) {
    // One random instant per slot: strictly increasing, all in the past five years.
    const createdAt = Math.floor(o.now - span + (i + random.next()) * slot);
    const pool = pickPool(random);
    const [given, givenRoman] = random.pick(pool.given);
    const [family, familyRoman] = random.pick(pool.family);
    const domain = random.pick(domains);
    const base = `${givenRoman}.${familyRoman}`;
    // Name pools are small: number repeated names (priya.raman2@...) with a per-name counter, not a scan.
    const n = (seen.get(`${base}@${domain}`) ?? 0) + 1;
    seen.set(`${base}@${domain}`, n);
    let email = `${n === 1 ? base : `${base}${n}`}@${domain}`;
    if (random.chance(o.mixedCaseShare ?? 0.15)) email = mixCase(email, random);
    const autoCreated = random.chance(o.autoCreatedShare ?? 0.1);
    const accessRole = autoCreated ? "interviewer" : pickRole(random);
    const name = autoCreated
      ? email
      : pool.order === "given-family"
        ? `${given} ${family}`
        : `${family}${given}`;
    const deactivated = random.chance(o.deactivatedShare ?? 0.08);
    const previous = out.length > 0 ? random.pick(out).user.id : null;
    const user: SandboxLeverUser = {
      id: random.uuid(),
      name,
      username: leverUsername(email),
      email,
      createdAt,
      deactivatedAt: deactivated ? createdAt + Math.floor((o.now - createdAt) * random.next()) : null,
      accessRole,
      photo:
        !autoCreated && random.chance(0.4)
          ? `https://lh3.googleusercontent.com/a/${random.hex(16)}=s96-c`
          : null,
      externalDirectoryId: !autoCreated && random.chance(0.6) ? `E-${String(1_000_000 + i).slice(1)}` : null,
      linkedContactIds: accessRole === "super admin" && random.chance(0.5) ? [random.uuid()] : null,
      jobTitle: autoCreated ? null : random.pick(jobTitles),
      managerId: !autoCreated && random.chance(0.5) ? previous : null,
    };
    out.push({ user, script: pool.script, autoCreated });
  }
  return out;
}
