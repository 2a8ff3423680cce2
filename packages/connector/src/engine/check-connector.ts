import { mappingConfigProblems, resolveMapping } from "../config/resolve-mapping.js";
import { exitCodeFor } from "../errors/exit-code-for.js";
import { ExitCode, type ExitCodeValue } from "../errors/exit-codes.js";
import { credentialFix } from "./credential-fix.js";
import { describeError } from "./describe-error.js";
import type { EngineContext } from "./engine-context.js";
import { transportFix } from "./transport-fix.js";

/** Standard Oomnitza people fields (see openapi/oomnitza.yaml, `User`); anything else a mapping writes is a custom field. */
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
 * exist where the data shows them. Only what was really verified passes: what the APIs give no way to
 * confirm is a warning with its fix, what was not tried is a skip; every failed item names its fix.
 */
export async function checkConnector(ctx: EngineContext): Promise<CheckResult> {
  const items: CheckItem[] = [];
  const probe: Probe = async (name, service, run) => {
    try {
      items.push({ name, status: "pass", ok: true, message: await run() });
      return true;
    } catch (error) {
      items.push({ name, status: "fail", ok: false, ...explain(error, service, ctx) });
      return false;
    }
  };

  let firstLeverId: string | undefined;
  const listed = await probe("lever: list users", "lever", async () => {
    firstLeverId = (await ctx.lever.users.list({ includeDeactivated: true, pageSize: 1 }).first())?.id;
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
    items.push(
      skip("lever: read a user", listed ? "the account has no users yet." : "listing users failed."),
    );
  }
  await probe("lever: list tags", "lever", async () => {
    await ctx.lever.tags.list().first();
    return "the API key can list tags.";
  });

  let sample: Record<string, unknown>[] = [];
  const peopleOk = await probe("oomnitza: read users", "oomnitza", async () => {
    for await (const page of ctx.oomnitza.users.list({ pageSize: 100 }).pages()) {
      sample = page;
      break;
    }
    return `the token can read people (${sample.length}${sample.length === 100 ? "+" : ""} seen).`;
  });
  items.push(
    skip(
      "oomnitza: write users",
      "Oomnitza has no read-only way to test write permission, so the first sync's writes tell (exit code 3 if refused).",
      "not probed",
    ),
  );
  if (ctx.config.sync.records === "users-and-saas-users") await probeSaas(ctx, probe);

  const tenantFields = sample.length > 0 ? [...new Set(sample.flatMap((u) => Object.keys(u)))] : undefined;
  items.push(...mappingItems(ctx, tenantFields, peopleOk ? sample : undefined));
  return { ...overall(items), items };
}

/** The result's status: any failure fails it, else any warning makes it a warning. */
function overall(items: CheckItem[]): Pick<CheckResult, "ok" | "status"> {
  if (items.some((i) => i.status === "fail")) return { ok: false, status: "fail" };
  return { ok: true, status: items.some((i) => i.status === "warn") ? "warn" : "pass" };
}

function skip(name: string, why: string, verb = "not tried"): CheckItem {
  return { name, status: "skip", ok: true, skipped: true, message: `${verb}: ${why}` };
}

function warn(name: string, message: string, fix: string): CheckItem {
  return { name, status: "warn", ok: true, message, fix };
}

type Probe = (name: string, service: "lever" | "oomnitza", run: () => Promise<string>) => Promise<boolean>;

async function probeSaas(ctx: EngineContext, probe: Probe): Promise<void> {
  await probe("oomnitza: read SaaS", "oomnitza", async () => {
    const app = await ctx.oomnitza.saas.findByName(ctx.config.saas.app);
    if (!app) return `SaaS app "${ctx.config.saas.app}" does not exist yet; the first sync creates it.`;
    const users = await ctx.oomnitza.saas.users(app.saas_id).toArray();
    return `SaaS app "${ctx.config.saas.app}" (id ${String(app.saas_id)}) has ${users.length} users.`;
  });
}

function mappingItems(
  ctx: EngineContext,
  tenantFields: string[] | undefined,
  sample: Record<string, unknown>[] | undefined,
): CheckItem[] {
  const { mapping, problems } = resolveMapping(ctx.config.mapping, tenantFields);
  if (!mapping) {
    return mappingConfigProblems(problems).map((p) => ({
      name: `mapping: ${p.path}`,
      status: "fail",
      ok: false,
      message: p.message,
      fix: p.fix,
      exitCode: ExitCode.usage,
    }));
  }
  const out: CheckItem[] = [
    {
      name: "mapping",
      status: "pass",
      ok: true,
      message: `ready: ${Object.keys(mapping.fields).length} fields, sync keys ${mapping.syncKeys.join(", ")}.`,
    },
  ];
  const custom = Object.keys(mapping.fields).filter((f) => !STANDARD_FIELDS.has(f));
  if (!sample) {
    if (custom.length > 0) out.push(skip("oomnitza: custom fields", "reading people failed."));
    out.push(skip("oomnitza: role", "reading people failed."));
    return out;
  }
  out.push(...customFieldItems(custom, sample), roleItem(mapping.role, sample));
  return out;
}

/** Custom fields are verified by the people read: Oomnitza returns every field of a person. */
function customFieldItems(custom: string[], sample: Record<string, unknown>[]): CheckItem[] {
  if (custom.length === 0) return [];
  if (sample.length === 0) {
    return [
      warn(
        "oomnitza: custom fields",
        `not verified: Oomnitza has no people yet to read fields from, so ${custom.join(", ")} may not exist.`,
        `make sure each exists under Users > Customization (short text; tick Unique for a sync key) before the first sync.`,
      ),
    ];
  }
  const seen = new Set(sample.flatMap((u) => Object.keys(u)));
  const missing = custom.filter((f) => !seen.has(f));
  if (missing.length === 0)
    return [
      {
        name: "oomnitza: custom fields",
        status: "pass",
        ok: true,
        message: `${custom.join(", ")} ${custom.length === 1 ? "exists" : "exist"}.`,
      },
    ];
  return missing.map((field) => ({
    name: `oomnitza: field ${field}`,
    status: "fail",
    ok: false,
    message: `the mapping writes "${field}", but Oomnitza people have no such field.`,
    exitCode: ExitCode.usage,
    fix: `create it under Users > Customization (short text; tick Unique if it is a sync key), or remove mapping.fields.${field}.`,
  }));
}

/**
 * Oomnitza's v3 API has no endpoint that lists people roles (README, `connector check`), so a role is
 * verified only when someone already holds it; otherwise it is a warning, never a pass.
 */
function roleItem(role: number, sample: Record<string, unknown>[]): CheckItem {
  const holders = sample.filter((u) => Number(u.role) === role).length;
  if (holders > 0) {
    return {
      name: "oomnitza: role",
      status: "pass",
      ok: true,
      message: `role ${role} exists: ${holders} of the ${sample.length} people read hold it.`,
    };
  }
  const read =
    sample.length === 0 ? "Oomnitza has no people yet" : `none of the ${sample.length} people read hold it`;
  return warn(
    "oomnitza: role",
    `role ${role} not verified: ${read}, and Oomnitza's API cannot list roles.`,
    `make sure role ${role} exists in Oomnitza, or set mapping.role to one that does: every person the sync creates gets it.`,
  );
}

function explain(
  error: unknown,
  service: "lever" | "oomnitza",
  ctx: EngineContext,
): { message: string; fix: string; exitCode: CheckItem["exitCode"] } {
  const { reason, kind } = describeError(error);
  const named = transportFix(error);
  const explained = named ? { message: reason, fix: named } : explainKind(kind, reason, service, ctx);
  return { ...explained, exitCode: exitCodeFor(error) };
}

function explainKind(
  kind: string,
  reason: string,
  service: "lever" | "oomnitza",
  ctx: EngineContext,
): { message: string; fix: string } {
  const where = service === "lever" ? "lever.baseUrl / lever.region" : "oomnitza.baseUrl";
  switch (kind) {
    case "auth":
    case "permission":
      return { message: reason, fix: credentialFix({ service, kind }) ?? reason };
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

/**
 * How far a check item got: `pass` was verified; `warn` was looked at but could not be confirmed (the API
 * offers no way), so the run may still fail there: read the fix; `fail` is broken; `skip` was not tried.
 */
export type CheckStatus = "pass" | "warn" | "fail" | "skip";

/** One line of `check()`: what was verified, how it went, and the fix when it is not a plain pass. */
export interface CheckItem {
  name: string;
  status: CheckStatus;
  /** False only for `fail`: a warning or a skip does not stop a sync. */
  ok: boolean;
  message: string;
  fix?: string | undefined;
  /** On a failed item: the exit code it stands for (3 refused credentials, 5 API unavailable, 2 otherwise). */
  exitCode?: ExitCodeValue | undefined;
  /** `status: "skip"`: nothing was tried (no safe way to test it, or an earlier step failed). */
  skipped?: boolean | undefined;
}

/** Result of `check()`: `fail` if any item failed, else `warn` if any warned, else `pass`; `ok` = not `fail`. */
export interface CheckResult {
  ok: boolean;
  status: Exclude<CheckStatus, "skip">;
  items: CheckItem[];
}
