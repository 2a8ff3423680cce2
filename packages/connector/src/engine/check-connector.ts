import { ExitCode } from "../exit-codes.js";
import type { CheckItem, CheckResult } from "../types.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import { mappingFor } from "./mapping-for.js";

/** Standard Oomnitza people fields (oomnitza-api.md §2); anything else a mapping writes is a custom field. */
const STANDARD_FIELDS = new Set([
  "user_id",
  "uid",
  "username",
  "email",
  "first_name",
  "last_name",
  "full_name",
  "role",
  "position",
  "phone_number",
  "address",
  "suspended",
  "external_id",
  "email_subscription",
  "last_login_date",
  "creation_date",
  "created_by",
  "change_date",
  "changed_by",
  "version",
  "deleted",
]);

/**
 * Verifies both sides before any write, read-only: the Lever key can list users, read one and list
 * tags; the Oomnitza token can read people and SaaS; the mapping is ready; its custom fields and role
 * exist where the data shows them. Every failed item names its fix.
 */
export async function checkConnector(ctx: EngineContext): Promise<CheckResult> {
  const items: CheckItem[] = [];
  const probe: Probe = async (name, service, run) => {
    try {
      items.push({ name, ok: true, message: await run() });
      return true;
    } catch (error) {
      items.push({ name, ok: false, ...explain(error, service, ctx) });
      return false;
    }
  };

  let firstLeverId: string | undefined;
  const listed = await probe("lever: list users", "lever", async () => {
    for await (const page of ctx.lever.users.listPages({ includeDeactivated: true, pageSize: 1 })) {
      firstLeverId = page[0]?.id;
      break;
    }
    return firstLeverId
      ? "the API key can list users."
      : "the API key can list users (the account has none yet).";
  });
  if (listed && firstLeverId) {
    const id = firstLeverId;
    await probe(
      "lever: read a user",
      "lever",
      async () => `read user ${(await ctx.lever.users.get(id)).id}.`,
    );
  } else {
    items.push({
      name: "lever: read a user",
      ok: true,
      skipped: true,
      message: listed ? "not tried: the account has no users yet." : "not tried: listing users failed.",
    });
  }
  await probe("lever: list tags", "lever", async () => {
    await firstOf(ctx.lever.tags.list());
    return "the API key can list tags.";
  });

  let sample: Record<string, unknown>[] = [];
  const peopleOk = await probe("oomnitza: read users", "oomnitza", async () => {
    for await (const page of ctx.oomnitza.users.listPages({ pageSize: 100 })) {
      sample = page;
      break;
    }
    return `the token can read people (${sample.length}${sample.length === 100 ? "+" : ""} seen).`;
  });
  items.push({
    name: "oomnitza: write users",
    ok: true,
    skipped: true,
    message:
      "not probed: Oomnitza has no read-only way to test write permission, so the first sync's writes tell (exit code 3 if refused).",
  });
  if (ctx.config.sync.records === "users-and-saas-users") await probeSaas(ctx, probe);

  const tenantFields = sample.length > 0 ? [...new Set(sample.flatMap((u) => Object.keys(u)))] : undefined;
  items.push(...mappingItems(ctx, tenantFields, peopleOk ? sample : undefined));
  return { ok: items.every((i) => i.ok), items };
}

type Probe = (name: string, service: "lever" | "oomnitza", run: () => Promise<string>) => Promise<boolean>;

async function probeSaas(ctx: EngineContext, probe: Probe): Promise<void> {
  await probe("oomnitza: read SaaS", "oomnitza", async () => {
    const app = await ctx.oomnitza.saas.findByName(ctx.config.saas.app);
    if (!app) return `SaaS app "${ctx.config.saas.app}" does not exist yet; the first sync creates it.`;
    const users = await ctx.oomnitza.saas.users(app.saas_id);
    return `SaaS app "${ctx.config.saas.app}" (id ${String(app.saas_id)}) has ${users.length} users.`;
  });
}

function mappingItems(
  ctx: EngineContext,
  tenantFields: string[] | undefined,
  sample: Record<string, unknown>[] | undefined,
): CheckItem[] {
  const { mapping, problems } = mappingFor(ctx.config.mapping, tenantFields);
  if (!mapping) {
    return problems.map((p) => ({
      name: `mapping: ${p.path}`,
      ok: false,
      message: p.message,
      fix: p.fix,
      exitCode: ExitCode.usage,
    }));
  }
  const out: CheckItem[] = [
    {
      name: "mapping",
      ok: true,
      message: `ready: ${Object.keys(mapping.fields).length} fields, sync keys ${mapping.syncKeys.join(", ")}.`,
    },
  ];
  if (!sample || sample.length === 0) return out;
  const seen = new Set(sample.flatMap((u) => Object.keys(u)));
  for (const field of Object.keys(mapping.fields)) {
    if (STANDARD_FIELDS.has(field) || seen.has(field)) continue;
    out.push({
      name: `oomnitza: field ${field}`,
      ok: false,
      message: `the mapping writes "${field}", but Oomnitza people have no such field.`,
      exitCode: ExitCode.usage,
      fix: `create it under Users > Customization (short text; tick Unique if it is a sync key), or remove mapping.fields.${field}.`,
    });
  }
  const roleSeen = sample.some((u) => Number(u.role) === mapping.role);
  out.push({
    name: "oomnitza: role",
    ok: true,
    message: roleSeen
      ? `role ${mapping.role} is in use.`
      : `role ${mapping.role} is not held by any of the ${sample.length} people read; make sure that role id exists.`,
  });
  return out;
}

async function firstOf(result: unknown): Promise<void> {
  const r = await result;
  if (r && typeof r === "object" && Symbol.asyncIterator in r) {
    for await (const _ of r as AsyncIterable<unknown>) break;
  }
}

function explain(
  error: unknown,
  service: "lever" | "oomnitza",
  ctx: EngineContext,
): { message: string; fix: string; exitCode: CheckItem["exitCode"] } {
  const { reason, kind } = describeError(error);
  return { ...explainKind(kind, reason, service, ctx), exitCode: exitCodeForKind(kind) };
}

function exitCodeForKind(kind: string): CheckItem["exitCode"] {
  if (kind === "auth" || kind === "permission") return ExitCode.auth;
  if (kind === "not-found" || kind === "bad-request") return ExitCode.usage;
  return ExitCode.unavailable;
}

function explainKind(
  kind: string,
  reason: string,
  service: "lever" | "oomnitza",
  ctx: EngineContext,
): { message: string; fix: string } {
  const where = service === "lever" ? "lever.baseUrl / lever.region" : "oomnitza.baseUrl";
  const secret =
    service === "lever"
      ? "LEVER_API_KEY (or lever.apiKeyFile)"
      : "OOMNITZA_API_TOKEN (or oomnitza.tokenFile)";
  switch (kind) {
    case "auth":
      return {
        message: reason,
        fix: `the ${service === "lever" ? "API key" : "token"} was refused: check ${secret}.`,
      };
    case "permission":
      return {
        message: reason,
        fix:
          service === "lever"
            ? "give the key the Users (read) and Tags (read) permissions in Lever: Settings > Integrations and API > API Credentials."
            : "give the token's Oomnitza user a role that can read and write People and read SaaS.",
      };
    case "not-found":
      return { message: reason, fix: `check ${where}: the API was not found there.` };
    default:
      ctx.logger.debug({ kind, service }, "check probe failed");
      return {
        message: reason,
        fix: `check ${where} and the network; the API did not answer after retries.`,
      };
  }
}
