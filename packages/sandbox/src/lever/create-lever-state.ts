import { leverUsername } from "../data/generate-lever-users.js";
import type { LeverPermission, SandboxLeverTag, SandboxLeverUser } from "../types.js";
import type { LeverCursor } from "./offset-token.js";

/** Filters of `GET /v1/users` (docs/vendor-facts.md#lever-users). */
export interface LeverListFilters {
  includeDeactivated: boolean;
  email?: string;
  accessRole?: string[];
  externalDirectoryId?: string;
}

/** Fields a caller may set on create or full-replace update. */
export interface LeverUserInput {
  name: string;
  email: string;
  accessRole?: SandboxLeverUser["accessRole"];
  externalDirectoryId?: string | null;
  jobTitle?: string | null;
  managerId?: string | null;
}

/** A credential the Lever sandbox accepts. */
export interface LeverApiKey {
  label: string;
  permissions: LeverPermission[];
}

/** The Lever sandbox's data, with inspection helpers for tests (no HTTP, no stats). */
export interface LeverSandboxState {
  /** Every user (deactivated too), oldest first. Copies: mutate through the methods. */
  users(): SandboxLeverUser[];
  get(id: string): SandboxLeverUser | undefined;
  /** Case-insensitive email lookup, deactivated users included. */
  findByEmail(email: string): SandboxLeverUser | undefined;
  count(o?: { includeDeactivated?: boolean }): number;
  /** Adds a user directly (as if created in Lever's UI); `createdAt` defaults to now. */
  addUser(input: LeverUserInput & Partial<SandboxLeverUser>): SandboxLeverUser;
  /** Changes fields directly (as an admin editing in Lever's UI). */
  updateUser(id: string, patch: Partial<Omit<SandboxLeverUser, "id">>): SandboxLeverUser;
  deactivateUser(id: string): SandboxLeverUser;
  reactivateUser(id: string): SandboxLeverUser;
  /** Removes a user entirely (what Lever staff do after a merge; the API itself has no delete). */
  removeUser(id: string): boolean;
  tags: SandboxLeverTag[];
  /** Registers another API key with the given permissions. */
  addApiKey(key: string, permissions: LeverPermission[], label?: string): void;
  apiKeys: Map<string, LeverApiKey>;
  /** Users matching `filters` strictly after `cursor`, up to `limit`, and whether more exist. */
  page(
    filters: LeverListFilters,
    cursor: LeverCursor | undefined,
    limit: number,
  ): { items: SandboxLeverUser[]; hasNext: boolean };
}

const before = (a: LeverCursor, b: LeverCursor) =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

function matches(u: SandboxLeverUser, f: LeverListFilters): boolean {
  if (!f.includeDeactivated && u.deactivatedAt !== null) return false;
  if (f.email !== undefined && u.email.toLowerCase() !== f.email.toLowerCase()) return false;
  if (f.accessRole && f.accessRole.length > 0 && !f.accessRole.includes(u.accessRole)) return false;
  if (f.externalDirectoryId !== undefined && u.externalDirectoryId !== f.externalDirectoryId) return false;
  return true;
}

/** Creates the Lever state from seed users; `newId` and `clock` (ms) come from the server so they stay deterministic. */
export function createLeverState(
  seed: SandboxLeverUser[],
  tags: SandboxLeverTag[],
  newId: () => string,
  clock: () => number,
): LeverSandboxState {
  const sorted: SandboxLeverUser[] = [...seed].map((u) => ({ ...u })).sort((a, b) => (before(a, b) ? -1 : 1));
  const byId = new Map(sorted.map((u) => [u.id, u]));
  const byEmail = new Map(sorted.map((u) => [u.email.toLowerCase(), u]));
  const apiKeys = new Map<string, LeverApiKey>();
  const indexAfter = (c: LeverCursor): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(c, sorted[mid] as SandboxLeverUser)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const must = (id: string) => {
    const u = byId.get(id);
    if (!u) throw new Error(`Lever sandbox: no user with id ${id}`);
    return u;
  };
  const state: LeverSandboxState = {
    users: () => sorted.map((u) => ({ ...u })),
    get: (id) => {
      const u = byId.get(id);
      return u && { ...u };
    },
    findByEmail: (email) => {
      const u = byEmail.get(email.toLowerCase());
      return u && { ...u };
    },
    count: (o) =>
      o?.includeDeactivated === false ? sorted.filter((u) => u.deactivatedAt === null).length : sorted.length,
    addUser(input) {
      if (byEmail.has(input.email.toLowerCase()))
        throw new Error(`Lever sandbox: email ${input.email} is taken`);
      const createdAt = input.createdAt ?? Math.max(clock(), (sorted.at(-1)?.createdAt ?? 0) + 1);
      const user: SandboxLeverUser = {
        id: input.id ?? newId(),
        username: leverUsername(input.email),
        accessRole: "interviewer",
        deactivatedAt: null,
        photo: null,
        externalDirectoryId: null,
        linkedContactIds: null,
        jobTitle: null,
        managerId: null,
        createdAt,
        ...input,
      };
      sorted.splice(indexAfter(user), 0, user);
      byId.set(user.id, user);
      byEmail.set(user.email.toLowerCase(), user);
      return { ...user };
    },
    updateUser(id, patch) {
      const u = must(id);
      if (patch.email !== undefined && patch.email.toLowerCase() !== u.email.toLowerCase()) {
        if (byEmail.has(patch.email.toLowerCase()))
          throw new Error(`Lever sandbox: email ${patch.email} is taken`);
        byEmail.delete(u.email.toLowerCase());
        byEmail.set(patch.email.toLowerCase(), u);
        u.username = leverUsername(patch.email);
      }
      Object.assign(u, patch, { createdAt: u.createdAt });
      return { ...u };
    },
    deactivateUser(id) {
      const u = must(id);
      // Idempotent: deactivating twice keeps the first timestamp.
      u.deactivatedAt ??= Math.max(clock(), u.createdAt);
      return { ...u };
    },
    reactivateUser(id) {
      const u = must(id);
      u.deactivatedAt = null;
      return { ...u };
    },
    removeUser(id) {
      const u = byId.get(id);
      if (!u) return false;
      sorted.splice(sorted.indexOf(u), 1);
      byId.delete(id);
      byEmail.delete(u.email.toLowerCase());
      return true;
    },
    tags,
    apiKeys,
    addApiKey: (key, permissions, label) => {
      apiKeys.set(key, { label: label ?? `key-${apiKeys.size + 1}`, permissions });
    },
    page(filters, cursor, limit) {
      const items: SandboxLeverUser[] = [];
      // An email filter matches at most one user: use the index instead of scanning.
      const candidates =
        filters.email !== undefined
          ? [byEmail.get(filters.email.toLowerCase())].filter((u) => u !== undefined)
          : sorted;
      let i = cursor
        ? candidates === sorted
          ? indexAfter(cursor)
          : candidates.findIndex((u) => before(cursor, u))
        : 0;
      if (i < 0) i = candidates.length;
      for (; i < candidates.length; i++) {
        const u = candidates[i] as SandboxLeverUser;
        if (!matches(u, filters)) continue;
        if (items.length === limit) return { items, hasNext: true };
        items.push({ ...u });
      }
      return { items, hasNext: false };
    },
  };
  return state;
}
