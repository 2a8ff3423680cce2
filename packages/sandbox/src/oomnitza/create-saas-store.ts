import type { SandboxSaasApp, SandboxSaasRole, SandboxSaasUser } from "../types.js";
import type { UserStore } from "./create-user-store.js";

/** A SaaS user as the API serves it: seat plus the person's copied fields and roles. */
export interface ServedSaasUser {
  saas_user_id: string;
  saas_id: number;
  user_id: string;
  username: string | null;
  email: string | null;
  full_name: string | null;
  user_external_id: string | null;
  last_visit: number | null;
  status: "active" | "deactivated";
  roles: { role_id: string; role_external_id: string | null; role_external_label: string }[];
  contract_id: null;
  old_usage: boolean;
}

/** SaaS apps, their roles and their users (seats), keyed so that a person has at most one seat per app. */
export function createSaasStore(
  seed: { apps: SandboxSaasApp[]; roles: SandboxSaasRole[]; users: SandboxSaasUser[] },
  people: UserStore,
  clock: () => number,
) {
  const apps = new Map(seed.apps.map((a) => [a.saas_id, { ...a }]));
  const roles = new Map(seed.roles.map((r) => [r.role_id, { ...r }]));
  const seats = new Map(seed.users.map((s) => [s.saas_user_id, { ...s, role_ids: [...s.role_ids] }]));
  const seatOf = new Map([...seats.values()].map((s) => [`${s.saas_id}:${s.user_id}`, s.saas_user_id]));
  let nextApp = Math.max(0, ...apps.keys()) + 1;
  let nextRole = Math.max(0, ...roles.keys()) + 1;
  let nextSeat = Math.max(0, ...[...seats.keys()].map(Number)) + 1;
  const seconds = () => Math.floor(clock() / 1000);
  const serve = (s: SandboxSaasUser): ServedSaasUser => {
    // A deleted person's seat keeps the details copied at assignment (workflows look for "person gone").
    const p = people.users.get(s.user_id);
    return {
      saas_user_id: s.saas_user_id,
      saas_id: s.saas_id,
      user_id: s.user_id,
      username: p?.username ?? s.person.username,
      email: p?.email ?? s.person.email,
      full_name: p?.full_name ?? s.person.full_name,
      user_external_id: s.user_external_id,
      last_visit: s.last_visit,
      status: s.status,
      roles: s.role_ids
        .map((id) => roles.get(id))
        .filter((r) => r !== undefined)
        .map((r) => ({
          role_id: String(r.role_id),
          role_external_id: r.role_external_id,
          role_external_label: r.role_external_label,
        })),
      contract_id: null,
      old_usage: false,
    };
  };
  return {
    apps,
    roles,
    seats,
    serve,
    createApp(input: {
      saas_name: string;
      category?: string | null;
      publisher?: string | null;
      url?: string | null;
    }): SandboxSaasApp {
      const now = seconds();
      const app: SandboxSaasApp = {
        saas_id: nextApp++,
        saas_name: input.saas_name,
        category: input.category ?? null,
        publisher: input.publisher ?? null,
        url: input.url ?? null,
        source: "api",
        creationdate: now,
        changedate: now,
      };
      apps.set(app.saas_id, app);
      return app;
    },
    seat: (saasId: number, userId: string) => seats.get(seatOf.get(`${saasId}:${userId}`) ?? ""),
    assign(saasId: number, userId: string): SandboxSaasUser {
      const existing = seats.get(seatOf.get(`${saasId}:${userId}`) ?? "");
      if (existing) return existing;
      const p = people.users.get(userId);
      const seat: SandboxSaasUser = {
        saas_user_id: String(nextSeat++),
        saas_id: saasId,
        user_id: userId,
        user_external_id: null,
        last_visit: null,
        status: "active",
        role_ids: [],
        person: { username: p?.username ?? "", email: p?.email ?? "", full_name: p?.full_name ?? "" },
      };
      seats.set(seat.saas_user_id, seat);
      seatOf.set(`${saasId}:${userId}`, seat.saas_user_id);
      return seat;
    },
    unassign(saasId: number, userId: string): boolean {
      const id = seatOf.get(`${saasId}:${userId}`);
      if (id === undefined) return false;
      seats.delete(id);
      seatOf.delete(`${saasId}:${userId}`);
      return true;
    },
    /** Finds the role with this label (case-insensitive) or external id, creating it when missing. */
    ensureRole(saasId: number, label: string, externalId?: string | null): SandboxSaasRole {
      const found = [...roles.values()].find(
        (r) =>
          r.saas_id === saasId &&
          (externalId
            ? r.role_external_id === externalId
            : r.role_external_label.toLowerCase() === label.toLowerCase()),
      );
      if (found) return found;
      const role: SandboxSaasRole = {
        role_id: nextRole++,
        saas_id: saasId,
        role_external_id: externalId ?? null,
        role_external_label: label,
        source: "api",
      };
      roles.set(role.role_id, role);
      return role;
    },
  };
}

/** The SaaS store's type. */
export type SaasStore = ReturnType<typeof createSaasStore>;
