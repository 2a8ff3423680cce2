import type { Dataset } from "../data/generate-dataset.js";
import type {
  OomnitzaCustomField,
  OomnitzaRole,
  SandboxSaasApp,
  SandboxSaasRole,
  SandboxSaasUser,
} from "../types.js";
import { createSaasStore, type SaasStore, type ServedSaasUser } from "./create-saas-store.js";
import { createUserStore, serializeUser, type UserStore, type WriteOptions } from "./create-user-store.js";

/** Values held by more than one record where there should be one (all empty when the data is clean). */
export interface DuplicateReport {
  /** Per field (username, email, external_id, each custom field): values (lowercased) held by 2+ people. */
  users: Record<string, string[]>;
  /** SaaS app names (lowercased) used by 2+ apps. */
  saasApps: string[];
  /** Per SaaS app id: `user_external_id`s held by 2+ seats. */
  saasExternalIds: Record<string, string[]>;
  /** True when nothing above is duplicated. */
  clean: boolean;
}

/** The Oomnitza sandbox's data with inspection helpers; reads return API-shaped copies, writes skip HTTP and stats. */
export interface OomnitzaSandboxState {
  users(): Record<string, unknown>[];
  getUser(userId: string): Record<string, unknown> | undefined;
  /** Users whose `field` equals `value` (case-insensitive for username, email and unique custom fields). */
  findUsers(field: string, value: unknown): Record<string, unknown>[];
  addUser(record: Record<string, unknown>, o?: WriteOptions): Record<string, unknown>;
  updateUser(userId: string, patch: Record<string, unknown>, o?: WriteOptions): Record<string, unknown>;
  deleteUser(userId: string): boolean;
  saasApps(): SandboxSaasApp[];
  /** First SaaS app with this name (case-insensitive). */
  findSaasApp(name: string): SandboxSaasApp | undefined;
  addSaasApp(input: {
    saas_name: string;
    category?: string;
    publisher?: string;
    url?: string;
  }): SandboxSaasApp;
  /** SaaS users as the API serves them, of one app or all. */
  saasUsers(saasId?: number | string): ServedSaasUser[];
  assignSaasUser(saasId: number | string, userId: string): ServedSaasUser;
  /** Changes a seat directly, e.g. an old `last_visit` or a deactivation made in Oomnitza's UI. */
  updateSaasUser(
    saasUserId: string,
    patch: Partial<Pick<SandboxSaasUser, "last_visit" | "status" | "user_external_id">>,
  ): ServedSaasUser;
  saasRoles(saasId: number | string): SandboxSaasRole[];
  customFields: OomnitzaCustomField[];
  roles: OomnitzaRole[];
  duplicates(): DuplicateReport;
  /** Everything, JSON-ready, for equality assertions. */
  snapshot(): {
    users: Record<string, unknown>[];
    saasApps: SandboxSaasApp[];
    saasRoles: SandboxSaasRole[];
    saasUsers: ServedSaasUser[];
  };
}

function dupes(values: Iterable<unknown>): string[] {
  const seen = new Map<string, number>();
  for (const v of values) {
    if (v === null || v === undefined || v === "") continue;
    const k = String(v).toLowerCase();
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([k]) => k)
    .sort();
}

/** Builds the state from the dataset; returns the stores too, for the routes. */
export function createOomnitzaState(
  data: Dataset["oomnitza"],
  newId: () => string,
  clock: () => number,
): { state: OomnitzaSandboxState; people: UserStore; saas: SaasStore } {
  const people = createUserStore(data.users, data.customFields, data.roles, newId, clock);
  const saas = createSaasStore(
    { apps: data.saasApps, roles: data.saasRoles, users: data.saasUsers },
    people,
    clock,
  );
  const mustSeat = (id: string) => {
    const s = saas.seats.get(id);
    if (!s) throw new Error(`Oomnitza sandbox: no SaaS user ${id}`);
    return s;
  };
  const state: OomnitzaSandboxState = {
    users: () => [...people.users.values()].map(serializeUser),
    getUser: (id) => {
      const u = people.users.get(id);
      return u && serializeUser(u);
    },
    findUsers: (field, value) => people.findBy(field, value).map(serializeUser),
    addUser: (record, o = { allowUnknown: false, actor: "admin" }) => serializeUser(people.create(record, o)),
    updateUser: (id, patch, o = { actor: "admin" }) => serializeUser(people.patch(id, patch, o)),
    deleteUser: (id) => people.remove(id) !== undefined,
    saasApps: () => [...saas.apps.values()].map((a) => ({ ...a })),
    findSaasApp: (name) =>
      [...saas.apps.values()].find((a) => a.saas_name.toLowerCase() === name.toLowerCase()),
    addSaasApp: (input) => saas.createApp(input),
    saasUsers: (saasId) =>
      [...saas.seats.values()]
        .filter((s) => saasId === undefined || s.saas_id === Number(saasId))
        .map(saas.serve),
    assignSaasUser: (saasId, userId) => saas.serve(saas.assign(Number(saasId), userId)),
    updateSaasUser: (id, patch) => {
      const seat = mustSeat(id);
      Object.assign(seat, patch);
      return saas.serve(seat);
    },
    saasRoles: (saasId) =>
      [...saas.roles.values()].filter((r) => r.saas_id === Number(saasId)).map((r) => ({ ...r })),
    customFields: data.customFields,
    roles: data.roles,
    duplicates() {
      const all = [...people.users.values()];
      const fields = ["username", "email", "external_id", ...data.customFields.map((f) => f.name)];
      const users = Object.fromEntries(
        fields.map((f) => [f, dupes(all.map((u) => u[f]))]).filter(([, v]) => (v?.length ?? 0) > 0),
      );
      const saasApps = dupes([...saas.apps.values()].map((a) => a.saas_name));
      const saasExternalIds: Record<string, string[]> = {};
      for (const id of saas.apps.keys()) {
        const d = dupes(
          [...saas.seats.values()].filter((s) => s.saas_id === id).map((s) => s.user_external_id),
        );
        if (d.length > 0) saasExternalIds[String(id)] = d;
      }
      const clean =
        Object.keys(users).length === 0 && saasApps.length === 0 && Object.keys(saasExternalIds).length === 0;
      return { users, saasApps, saasExternalIds, clean };
    },
    snapshot: () => ({
      users: state.users(),
      saasApps: state.saasApps(),
      saasRoles: [...saas.roles.values()].map((r) => ({ ...r })),
      saasUsers: state.saasUsers(),
    }),
  };
  return { state, people, saas };
}
