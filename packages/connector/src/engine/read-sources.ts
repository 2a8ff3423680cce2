import { leverFields } from "@lever-oomnitza/mapping";
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
}

/** How {@link readSources} keeps what it reads. */
export interface ReadOptions {
  /**
   * Keep only the fields a plan reads (Lever: what a mapping may read; people: ids, sync keys and mapped
   * fields; SaaS users: ids, status, external id, roles), page by page, so 100,000 users fit in less memory.
   * Off for `connector report`, which shows more of each record.
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
  const [leverUsers, people, saas] = await Promise.all([
    readLever(ctx, o, signal),
    readOomnitza(ctx, o, signal),
    ctx.config.sync.records === "users-and-saas-users" ? readSaas(ctx, o) : Promise.resolve(undefined),
  ]);
  return { leverUsers, oomnitzaUsers: people.users, saas, tenantFields: people.tenantFields };
}

async function readLever(ctx: EngineContext, o: ReadOptions, signal?: AbortSignal): Promise<LeverUserData[]> {
  const out: LeverUserData[] = [];
  for await (const page of ctx.lever.users.list({ includeDeactivated: true, pageSize: 100 }).pages()) {
    signal?.throwIfAborted();
    for (const user of page as LeverUserData[]) out.push(o.compact ? pick(user, leverFields) : user);
    ctx.progress({ phase: "read-lever", done: out.length, unit: "records" });
  }
  return out;
}

async function readOomnitza(
  ctx: EngineContext,
  o: ReadOptions,
  signal?: AbortSignal,
): Promise<{ users: OomnitzaUserData[]; tenantFields: string[] | undefined }> {
  const out: OomnitzaUserData[] = [];
  let keep: readonly string[] | undefined;
  let tenantFields: string[] | undefined;
  for await (const page of ctx.oomnitza.users.list().pages()) {
    signal?.throwIfAborted();
    for (const p of page as OomnitzaUserData[]) out.push(keep ? pick(p, keep) : p);
    if (tenantFields === undefined && out.length >= TENANT_FIELD_SAMPLE) {
      tenantFields = fieldsOf(out.slice(0, TENANT_FIELD_SAMPLE));
      // The first people name the tenant's fields, so the mapping (and what a plan compares) is known now.
      const fields = o.compact ? personFields(ctx, tenantFields) : undefined;
      if (fields) keep = compactRead(out, fields);
    }
    ctx.progress({ phase: "read-oomnitza", done: out.length, unit: "records" });
  }
  tenantFields ??= fieldsOf(out);
  return { users: out, tenantFields };
}

/** Compacts the records read so far in place; returns the fields kept, for the pages still to come. */
function compactRead(records: OomnitzaUserData[], keep: readonly string[]): readonly string[] {
  for (let i = 0; i < records.length; i++) records[i] = pick(records[i] as OomnitzaUserData, keep);
  return keep;
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

async function readSaas(ctx: EngineContext, o: ReadOptions): Promise<Sources["saas"]> {
  const app = (await ctx.oomnitza.saas.findByName(ctx.config.saas.app)) ?? null;
  const users: SaasUserData[] = [];
  if (app)
    for await (const page of ctx.oomnitza.saas.users(app.saas_id).pages())
      for (const u of page as SaasUserData[]) users.push(o.compact ? pick(u, SAAS_USER_FIELDS) : u);
  ctx.progress({ phase: "read-saas", done: users.length, unit: "records" });
  return { app, users };
}

function fieldsOf(records: readonly object[]): string[] | undefined {
  const fields = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) fields.add(k);
  return fields.size > 0 ? [...fields] : undefined;
}

/** A copy holding only `keys` (those present): the raw record, with everything else, becomes garbage at once. */
function pick<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const k of keys) if (k in source) out[k] = source[k];
  return out as T;
}
