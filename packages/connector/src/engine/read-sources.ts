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

/**
 * Reads every Lever user (deactivated ones included: Lever hides them by default), every Oomnitza
 * person once in pages, and the Lever SaaS app with its users. Lever and Oomnitza are read in parallel.
 */
export async function readSources(ctx: EngineContext, signal?: AbortSignal): Promise<Sources> {
  const [leverUsers, oomnitzaUsers, saas] = await Promise.all([
    readLever(ctx, signal),
    readOomnitza(ctx, signal),
    ctx.config.sync.records === "users-and-saas-users" ? readSaas(ctx) : Promise.resolve(undefined),
  ]);
  const fields = new Set<string>();
  for (const u of oomnitzaUsers.slice(0, 50)) for (const k of Object.keys(u)) fields.add(k);
  return { leverUsers, oomnitzaUsers, saas, tenantFields: fields.size > 0 ? [...fields] : undefined };
}

async function readLever(ctx: EngineContext, signal?: AbortSignal): Promise<LeverUserData[]> {
  const out: LeverUserData[] = [];
  for await (const page of ctx.lever.users.list({ includeDeactivated: true, pageSize: 100 }).pages()) {
    signal?.throwIfAborted();
    out.push(...(page as LeverUserData[]));
    ctx.progress({ phase: "read-lever", done: out.length, unit: "records" });
  }
  return out;
}

async function readOomnitza(ctx: EngineContext, signal?: AbortSignal): Promise<OomnitzaUserData[]> {
  const out: OomnitzaUserData[] = [];
  for await (const page of ctx.oomnitza.users.list().pages()) {
    signal?.throwIfAborted();
    out.push(...(page as OomnitzaUserData[]));
    ctx.progress({ phase: "read-oomnitza", done: out.length, unit: "records" });
  }
  return out;
}

async function readSaas(ctx: EngineContext): Promise<Sources["saas"]> {
  const app = (await ctx.oomnitza.saas.findByName(ctx.config.saas.app)) ?? null;
  const users: SaasUserData[] = app ? await ctx.oomnitza.saas.users(app.saas_id).toArray() : [];
  ctx.progress({ phase: "read-saas", done: users.length, unit: "records" });
  return { app, users };
}
