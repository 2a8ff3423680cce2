import type {
  OomnitzaCustomField,
  OomnitzaRole,
  SandboxOomnitzaUser,
  SandboxSaasApp,
  SandboxSaasRole,
  SandboxSaasUser,
} from "../types.js";
import type { Random } from "./create-random.js";
import type { GeneratedLeverUser } from "./generate-lever-users.js";

/** Options for the seeded Oomnitza tenant. */
export interface OomnitzaTenantOptions {
  /** Share of Lever users already in Oomnitza exactly as a default mapping writes them (default 0.2). */
  exactShare?: number;
  /** Share already in Oomnitza with stale first/last names (default 0.08). */
  staleShare?: number;
  /** Share already in Oomnitza with the email in another case and no `lever_id` yet (default 0.06). */
  emailCaseShare?: number;
  /** People in Oomnitza who are not in Lever (default max(12, 5% of Lever users)). */
  unrelatedStaff?: number;
  /**
   * Seed a "Lever" SaaS app with roles and SaaS users (default false: the connector must create it).
   * `{ deactivatedSeatShare, orphanSeatShare }` seeds it too, with about those shares of its seats held
   * by people whose Lever user is deactivated, and by people with no Lever user at all.
   */
  leverApp?: boolean | LeverAppSeats;
  /** Role id given to seeded people (default 25, "Employee"). */
  defaultRole?: number;
}

/** The seat shares of a seeded Lever app; each from 0 to below 1, and less than 1 together. */
export interface LeverAppSeats {
  /** Share of the app's seats whose person's Lever user is deactivated (default 0; capped by the deactivated Lever users). */
  deactivatedSeatShare?: number;
  /** Share of the app's seats whose person has no Lever user (default 0). */
  orphanSeatShare?: number;
}

/** What the seeded tenant holds, by category, so tests can predict a first sync. */
export interface TenantExpectations {
  exact: string[];
  staleName: string[];
  emailCase: string[];
  unrelated: string[];
  /** `saas_user_id`s of Lever-app seats whose Lever user is deactivated (from `deactivatedSeatShare`). */
  deactivatedSeats: string[];
  /** `saas_user_id`s of Lever-app seats whose person has no Lever user (from `orphanSeatShare`). */
  orphanSeats: string[];
}

/** A seeded tenant: the records plus the categories they were drawn from. */
export interface GeneratedTenant {
  users: SandboxOomnitzaUser[];
  saasApps: SandboxSaasApp[];
  saasRoles: SandboxSaasRole[];
  saasUsers: SandboxSaasUser[];
  expectations: TenantExpectations;
}

/** Default custom fields: a unique short-text `lever_id` field, as an admin would create for a sync key. */
export const defaultCustomFields: OomnitzaCustomField[] = [{ name: "lever_id", type: "text", unique: true }];

/** Default Oomnitza roles; 25 "Employee" is the example default role of Oomnitza's own connector. */
export const defaultOomnitzaRoles: OomnitzaRole[] = [
  { id: 1, name: "Administrator" },
  { id: 25, name: "Employee" },
  { id: 30, name: "Manager" },
  { id: 40, name: "Contractor" },
];

const staleFamilies = ["Former", "Maiden", "Oldname", "Previous"];
const staffNames = [
  ["Alex", "Turner"],
  ["Morgan", "Lee"],
  ["Jordan", "Reyes"],
  ["Casey", "Kim"],
  ["Riley", "Fox"],
  ["Sam", "Ode"],
];

/** Builds the seeded Oomnitza tenant from the generated Lever users. */
export function generateOomnitzaTenant(
  random: Random,
  lever: GeneratedLeverUser[],
  nowMs: number,
  o: OomnitzaTenantOptions = {},
): GeneratedTenant {
  const now = Math.floor(nowMs / 1000);
  const role = o.defaultRole ?? 25;
  const users: SandboxOomnitzaUser[] = [];
  const expectations: TenantExpectations = {
    exact: [],
    staleName: [],
    emailCase: [],
    unrelated: [],
    deactivatedSeats: [],
    orphanSeats: [],
  };
  const person = (
    fields: Partial<SandboxOomnitzaUser> & { username: string; email: string },
  ): SandboxOomnitzaUser => {
    const created = now - random.int(86_400, 3 * 365 * 86_400);
    const first = fields.first_name ?? null;
    const last = fields.last_name ?? null;
    const record: SandboxOomnitzaUser = {
      user_id: random.hex(32),
      uid: users.length + 1,
      first_name: first,
      last_name: last,
      full_name: [first, last].filter(Boolean).join(" "),
      role,
      position: null,
      phone_number: null,
      suspended: false,
      external_id: null,
      creation_date: created,
      change_date: created,
      created_by: "admin",
      changed_by: "admin",
      lever_id: null,
      ...fields,
    };
    users.push(record);
    return record;
  };
  const exactShare = o.exactShare ?? 0.2;
  const staleShare = o.staleShare ?? 0.08;
  const caseShare = o.emailCaseShare ?? 0.06;
  for (const { user, autoCreated } of lever) {
    const parts = user.name.split(" ");
    // Only people whose name any sensible first/last split agrees on, so "exact" really is exact.
    if (autoCreated || user.deactivatedAt !== null || parts.length !== 2) continue;
    const [first = "", last = ""] = parts;
    const roll = random.next();
    if (roll < exactShare) {
      person({
        username: user.email,
        email: user.email,
        first_name: first,
        last_name: last,
        lever_id: user.id,
      });
      expectations.exact.push(user.id);
    } else if (roll < exactShare + staleShare) {
      person({
        username: user.email,
        email: user.email,
        first_name: first,
        last_name: random.pick(staleFamilies),
        lever_id: user.id,
      });
      expectations.staleName.push(user.id);
    } else if (roll < exactShare + staleShare + caseShare) {
      const other =
        user.email === user.email.toLowerCase() ? user.email.toUpperCase() : user.email.toLowerCase();
      person({ username: other.toLowerCase(), email: other, first_name: first, last_name: last });
      expectations.emailCase.push(user.id);
    }
  }
  const unrelated = o.unrelatedStaff ?? Math.max(12, Math.round(lever.length * 0.05));
  for (let i = 0; i < unrelated; i++) {
    const [first = "Pat", last = "Doe"] = random.pick(staffNames);
    const email = `${first.toLowerCase()}.${last.toLowerCase()}.${i + 1}@facilities.acme.example`;
    const record = person({
      username: email,
      email,
      first_name: first,
      last_name: last,
      position: "Facilities",
    });
    expectations.unrelated.push(record.user_id);
  }
  const seats = leverAppSeats(o.leverApp);
  const saas = seedSaas(random, users, lever, now, o.leverApp !== undefined && o.leverApp !== false);
  if (seats) seedSeatShares({ saas, users, lever, seats, person, expectations, random, now });
  return { users, ...saas, expectations };
}

function share(name: string, value: number | undefined): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || !(value >= 0 && value < 1))
    throw new RangeError(`data.oomnitza.leverApp.${name} must be a number from 0 to below 1, got ${value}`);
  return value;
}

/** The validated seat shares, or undefined when `leverApp` asks for none. */
function leverAppSeats(leverApp: OomnitzaTenantOptions["leverApp"]): Required<LeverAppSeats> | undefined {
  if (typeof leverApp !== "object" || leverApp === null) return undefined;
  const deactivatedSeatShare = share("deactivatedSeatShare", leverApp.deactivatedSeatShare);
  const orphanSeatShare = share("orphanSeatShare", leverApp.orphanSeatShare);
  if (deactivatedSeatShare + orphanSeatShare >= 1)
    throw new RangeError(
      "data.oomnitza.leverApp: deactivatedSeatShare + orphanSeatShare must be below 1 (some seats belong to active Lever users)",
    );
  return { deactivatedSeatShare, orphanSeatShare };
}

/**
 * Adds Lever-app seats so that about `deactivatedSeatShare` of them belong to people whose Lever user is
 * deactivated (each gets an Oomnitza person linked by `lever_id`) and `orphanSeatShare` to people who are
 * not in Lever (new contractor records). Draws come after every other draw, so other seeded data is unchanged.
 */
function seedSeatShares(o: {
  saas: ReturnType<typeof seedSaas>;
  users: SandboxOomnitzaUser[];
  lever: GeneratedLeverUser[];
  seats: Required<LeverAppSeats>;
  person: (fields: Partial<SandboxOomnitzaUser> & { username: string; email: string }) => SandboxOomnitzaUser;
  expectations: TenantExpectations;
  random: Random;
  now: number;
}): void {
  const { saasUsers } = o.saas;
  const linked = saasUsers.filter((s) => s.saas_id === 3).length;
  const total = Math.round(linked / (1 - o.seats.deactivatedSeatShare - o.seats.orphanSeatShare));
  const seat = (u: SandboxOomnitzaUser, user_external_id: string | null): string => {
    const saas_user_id = String(saasUsers.length + 1);
    saasUsers.push({
      saas_user_id,
      saas_id: 3,
      user_id: u.user_id,
      user_external_id,
      last_visit: o.now - o.random.int(0, 30 * 86_400),
      status: "active",
      role_ids: [],
      person: { username: u.username, email: u.email, full_name: u.full_name },
    });
    return saas_user_id;
  };
  const deactivated = o.lever.filter((g) => g.user.deactivatedAt !== null && !g.autoCreated);
  const wantDeactivated = Math.min(deactivated.length, Math.round(total * o.seats.deactivatedSeatShare));
  for (const { user } of deactivated.slice(0, wantDeactivated)) {
    const [first = user.name, last = ""] = user.name.split(" ");
    const record = o.person({
      username: user.email,
      email: user.email,
      first_name: first,
      last_name: last || null,
      lever_id: user.id,
    });
    o.expectations.deactivatedSeats.push(seat(record, user.id));
  }
  const wantOrphans = Math.round(total * o.seats.orphanSeatShare);
  for (let i = 0; i < wantOrphans; i++) {
    const [first = "Pat", last = "Doe"] = o.random.pick(staffNames);
    const email = `${first.toLowerCase()}.${last.toLowerCase()}.${i + 1}@contractors.acme.example`;
    const record = o.person({
      username: email,
      email,
      first_name: first,
      last_name: last,
      position: "Contractor",
    });
    o.expectations.orphanSeats.push(seat(record, null));
  }
}

function seedSaas(
  random: Random,
  users: SandboxOomnitzaUser[],
  lever: GeneratedLeverUser[],
  now: number,
  leverApp: boolean,
) {
  const app = (saas_id: number, saas_name: string, publisher: string): SandboxSaasApp => ({
    saas_id,
    saas_name,
    publisher,
    category: "Productivity",
    url: null,
    source: "manual",
    creationdate: now - 400 * 86_400,
    changedate: now - 400 * 86_400,
  });
  const saasApps = [app(1, "Slack", "Slack Technologies"), app(2, "Zoom", "Zoom Video Communications")];
  const saasRoles: SandboxSaasRole[] = [
    { role_id: 1, saas_id: 1, role_external_id: "member", role_external_label: "Member", source: "manual" },
  ];
  const saasUsers: SandboxSaasUser[] = [];
  const seat = (saas_id: number, u: SandboxOomnitzaUser, extra: Partial<SandboxSaasUser> = {}) => {
    saasUsers.push({
      saas_user_id: String(saasUsers.length + 1),
      saas_id,
      user_id: u.user_id,
      user_external_id: null,
      last_visit: now - random.int(0, 30 * 86_400),
      status: "active",
      role_ids: [],
      person: { username: u.username, email: u.email, full_name: u.full_name },
      ...extra,
    });
  };
  for (const u of users) if (random.chance(0.5)) seat(1, u, { role_ids: [1] });
  for (const u of users.slice(0, 5)) seat(2, u);
  if (leverApp) {
    saasApps.push(app(3, "Lever", "Lever"));
    const byId = new Map(lever.map((g) => [g.user.id, g.user]));
    const roleIds = new Map<string, number>();
    for (const u of users) {
      const leverUser = typeof u.lever_id === "string" ? byId.get(u.lever_id) : undefined;
      if (!leverUser) continue;
      let roleId = roleIds.get(leverUser.accessRole);
      if (roleId === undefined) {
        roleId = saasRoles.length + 1;
        roleIds.set(leverUser.accessRole, roleId);
        saasRoles.push({
          role_id: roleId,
          saas_id: 3,
          role_external_id: leverUser.accessRole,
          role_external_label: leverUser.accessRole,
          source: "manual",
        });
      }
      seat(3, u, { user_external_id: leverUser.id, role_ids: [roleId] });
    }
    // Seats the workflows must notice: a year-old last visit and a person who is not in Lever at all.
    const firstLever = saasUsers.find((s) => s.saas_id === 3);
    if (firstLever) firstLever.last_visit = now - 400 * 86_400;
    const outsider = users.find((u) => u.position === "Facilities");
    if (outsider) seat(3, outsider, { user_external_id: null });
  }
  return { saasApps, saasRoles, saasUsers };
}
