import { compileMapping, leverFields, type Mapping } from "@lever-oomnitza/mapping";
import { resolveMapping } from "../config/resolve-mapping.js";
import type { LeverUserData, OomnitzaUserData, SaasUserData } from "../plan/plan-data.js";
import type { EngineContext } from "./engine-context.js";

/** Everything a plan is computed from, read once per run. */
export interface Sources {
  leverUsers: LeverUserData[];
  oomnitzaUsers: OomnitzaUserData[];
  saas?: { app: { saas_id: number } | null; users: SaasUserData[] } | undefined;
  /** Field names seen on Oomnitza people (custom fields included), for `smartMapping`. */
  tenantFields: string[] | undefined;
  /** The fields each Lever user was cut down to; undefined when whole records were kept. */
  leverFields?: readonly string[] | undefined;
}

/** How {@link readSources} keeps what it reads. */
export interface ReadOptions {
  /**
   * Keep only the fields a plan reads (Lever: ids, role, state, email and what the mapping reads; people:
   * ids, sync keys and mapped fields; SaaS users: ids, status, external id, roles), page by page, and one
   * copy of each repeated text (a role, a job title, a Lever id that people and SaaS users also hold), so
   * 100,000 users fit in less memory. Off for `connector report`, which shows more of each record.
   */
  compact?: boolean | undefined;
}

/** The first 50 people name the tenant's fields (custom ones included) for `smartMapping`. */
const TENANT_FIELD_SAMPLE = 50;

/** Fields of a SaaS user the planner and a saved plan's reconciliation read. */
const SAAS_USER_FIELDS = ["saas_user_id", "user_id", "email", "user_external_id", "status", "roles"] as const;

/**
 * Reads every Lever user (deactivated ones included: Lever hides them by default), every Oomnitza
 * person once in pages, and the Lever SaaS app with its users. Lever and Oomnitza are read in parallel.
 */
export async function readSources(
  ctx: EngineContext,
  signal?: AbortSignal,
  o: ReadOptions = {},
): Promise<Sources> {
  // One interner for the three reads: a Lever id, an email or a role read three times is kept once.
  const keep: Keep = o.compact ? new Interner() : undefined;
  const leverKept = keep ? leverFieldsRead(ctx) : undefined;
  const [leverUsers, people, saas] = await Promise.all([
    readLever(ctx, keep, leverKept, signal),
    readOomnitza(ctx, keep, signal),
    ctx.config.sync.records === "users-and-saas-users" ? readSaas(ctx, keep) : Promise.resolve(undefined),
  ]);
  return {
    leverUsers,
    oomnitzaUsers: people.users,
    saas,
    tenantFields: people.tenantFields,
    leverFields: leverKept,
  };
}

/** How a read keeps records: whole (undefined), or compacted through one run's interner. */
type Keep = Interner | undefined;

async function readLever(
  ctx: EngineContext,
  keep: Keep,
  fields: readonly string[] | undefined,
  signal?: AbortSignal,
): Promise<LeverUserData[]> {
  const out: LeverUserData[] = [];
  for await (const page of ctx.lever.users.list({ includeDeactivated: true, pageSize: 100 }).pages()) {
    signal?.throwIfAborted();
    for (const user of page as LeverUserData[]) out.push(keep && fields ? keep.pick(user, fields) : user);
    ctx.progress({ phase: "read-lever", done: out.length, unit: "records" });
  }
  return out;
}

async function readOomnitza(
  ctx: EngineContext,
  keep: Keep,
  signal?: AbortSignal,
): Promise<{ users: OomnitzaUserData[]; tenantFields: string[] | undefined }> {
  const out: OomnitzaUserData[] = [];
  let fields: readonly string[] | undefined;
  let tenantFields: string[] | undefined;
  for await (const page of ctx.oomnitza.users.list().pages()) {
    signal?.throwIfAborted();
    for (const p of page as OomnitzaUserData[]) out.push(keep && fields ? keep.pick(p, fields) : p);
    if (tenantFields === undefined && out.length >= TENANT_FIELD_SAMPLE) {
      tenantFields = fieldsOf(out.slice(0, TENANT_FIELD_SAMPLE));
      // The first people name the tenant's fields, so the mapping (and what a plan compares) is known now.
      fields = keep ? personFields(ctx, tenantFields) : undefined;
      if (keep && fields)
        for (let i = 0; i < out.length; i++) out[i] = keep.pick(out[i] as OomnitzaUserData, fields);
    }
    ctx.progress({ phase: "read-oomnitza", done: out.length, unit: "records" });
  }
  tenantFields ??= fieldsOf(out);
  return { users: out, tenantFields };
}

/**
 * What a plan reads of a Lever user: what the planner relies on (id, role, state, the email SaaS users are
 * matched by) and what the mapping reads. The mapping is resolved before any person is read, as the Lever
 * read runs alongside: the tenant's fields only add `lever_id`, read from `id` (see `resolveMapping`).
 * A draft mapping keeps every field a mapping may read (planning reports the mapping's problems).
 */
function leverFieldsRead(ctx: EngineContext): readonly string[] {
  // Without the tenant's fields `smartMapping` maps every name field it could, so this is a superset;
  // `assertLeverFieldsKept` checks the mapping finally used against it.
  const { mapping } = resolveMapping(ctx.config.mapping, undefined);
  if (!mapping) return leverFields;
  return [...new Set(["id", "email", "accessRole", "deactivatedAt", ...compileMapping(mapping).reads])];
}

/**
 * What a plan reads of a person: ids, the change date, the fields that identify people and every mapped
 * field; undefined for a draft mapping (nothing is compacted, and planning reports the mapping's problems).
 */
function personFields(ctx: EngineContext, tenantFields: string[] | undefined): string[] | undefined {
  const { mapping } = resolveMapping(ctx.config.mapping, tenantFields);
  if (!mapping) return undefined;
  return [
    ...new Set([
      "user_id",
      "change_date",
      "username",
      "email",
      "role",
      ...mapping.syncKeys,
      ...Object.keys(mapping.fields),
    ]),
  ];
}

async function readSaas(ctx: EngineContext, keep: Keep): Promise<Sources["saas"]> {
  const app = (await ctx.oomnitza.saas.findByName(ctx.config.saas.app)) ?? null;
  const users: SaasUserData[] = [];
  if (app)
    for await (const page of ctx.oomnitza.saas.users(app.saas_id).pages())
      for (const u of page as SaasUserData[]) users.push(keep ? keep.pick(u, SAAS_USER_FIELDS) : u);
  ctx.progress({ phase: "read-saas", done: users.length, unit: "records" });
  return { app, users };
}

function fieldsOf(records: readonly object[]): string[] | undefined {
  const fields = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) fields.add(k);
  return fields.size > 0 ? [...fields] : undefined;
}

/**
 * Compacts records for one read: a copy holding only the fields asked for (the raw record, with everything
 * else, becomes garbage at once), with each value replaced by the one copy of it seen so far. `JSON.parse`
 * gives every value its own string, so the role "interviewer" would otherwise be held 100,000 times, a
 * Lever id three times (Lever user, person, SaaS user) and each SaaS user's roles list once per user. A
 * shared list or object is frozen: the planner only reads sources. Each copy is built from a template of
 * its fields, so V8 keeps them inside the object instead of in a second allocation. The tables live only
 * as long as the read.
 */
class Interner {
  readonly #strings = new Map<string, string>();
  readonly #shared = new Map<string, unknown>();
  readonly #templates = new Map<readonly string[], Map<number, object>>();

  pick<T extends object>(record: T, keys: readonly string[]): T {
    const source = record as Record<string, unknown>;
    if (keys.length > MAX_TEMPLATE_KEYS) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (k in source) out[k] = this.#value(source[k]);
      return out as T;
    }
    let present = 0;
    for (let i = 0; i < keys.length; i++) if ((keys[i] as string) in source) present |= 1 << i;
    const out: Record<string, unknown> = { ...this.#template(keys, present) };
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (present & (1 << i)) out[k] = this.#value(source[k]);
    }
    return out as T;
  }

  /** An object with the present keys, in order, all null: `JSON.parse` sizes it to hold them inline. */
  #template(keys: readonly string[], present: number): object {
    let byPresent = this.#templates.get(keys);
    if (!byPresent) {
      byPresent = new Map();
      this.#templates.set(keys, byPresent);
    }
    let template = byPresent.get(present);
    if (!template) {
      const fields = keys.filter((_, i) => present & (1 << i)).map((k) => `${JSON.stringify(k)}:null`);
      template = JSON.parse(`{${fields.join(",")}}`) as object;
      byPresent.set(present, template);
    }
    return template;
  }

  #value(v: unknown): unknown {
    if (typeof v === "string") return this.#string(v);
    if (v === null || typeof v !== "object") return v;
    // Lists and objects (a SaaS user's roles) are shared by their JSON text; long ones are rarely repeated.
    const key = JSON.stringify(v);
    if (key.length > MAX_SHARED_JSON) return v;
    let shared = this.#shared.get(key);
    if (shared === undefined) {
      shared = Object.freeze(
        Array.isArray(v)
          ? v.map((item) => this.#value(item))
          : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.#value(x)])),
      );
      this.#shared.set(key, shared);
    }
    return shared;
  }

  #string(s: string): string {
    const seen = this.#strings.get(s);
    if (seen !== undefined) return seen;
    this.#strings.set(s, s);
    return s;
  }
}

/** Records with more fields asked for than bits in a mask are copied without a template. */
const MAX_TEMPLATE_KEYS = 30;
/** Nested values longer than this as JSON are kept as read, not shared. */
const MAX_SHARED_JSON = 512;

/**
 * Refuses to plan from Lever users that lack a field the mapping reads (the mapping resolved with the
 * tenant's fields must read no more than the one the Lever read was cut down for): a plan from them would
 * silently differ from one made from whole records.
 */
export function assertLeverFieldsKept(sources: Sources, mapping: Mapping): void {
  const kept = sources.leverFields;
  if (!kept) return;
  const missing = compileMapping(mapping).reads.filter((f) => !kept.includes(f));
  if (missing.length > 0)
    throw new Error(
      `the Lever users were read without ${missing.join(", ")}, which the mapping reads; nothing was planned. This is a connector bug: please report it with the mapping.`,
    );
}
