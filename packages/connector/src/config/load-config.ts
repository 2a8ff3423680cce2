import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { resolveNotifyTargets } from "../notify/resolve-notify-targets.js";
import { type KeychainStore, osKeychain } from "../secrets/keychain-store.js";
import {
  missingSecret,
  resolveSecret,
  type SecretContext,
  type SecretSlot,
} from "../secrets/resolve-secret.js";
import { checkBaseUrl } from "./check-base-url.js";
import { ConfigError, type ConfigProblem } from "./config-error.js";
import { type ConnectorConfig, connectorConfigSchema } from "./config-schema.js";
import { interpolateEnv } from "./interpolate-env.js";
import { knownKeysAt } from "./known-keys-at.js";
import { parseConfigText } from "./parse-config-text.js";
import { mappingConfigProblems, resolveMapping } from "./resolve-mapping.js";
import { zodIssueToProblems } from "./zod-issue-to-problems.js";

/**
 * Reads (YAML or JSON), interpolates `${ENV}`, validates and resolves a connector config. Throws one
 * `ConfigError` listing every problem; makes no network call.
 */
export async function loadConfig(
  pathOrObject: string | Record<string, unknown>,
  opts: LoadConfigOptions = {},
): Promise<ConnectorConfig> {
  const env = opts.env ?? process.env;
  const cwd = resolve(opts.cwd ?? process.cwd());
  const source = typeof pathOrObject === "string" ? resolve(cwd, pathOrObject) : undefined;
  const raw = source === undefined ? pathOrObject : await readConfigFile(source);
  const baseDir = source === undefined ? cwd : dirname(source);

  // Every problem at once: the shape (unknown keys first), unset variables, then what follows from the
  // values (secrets, URLs, the mapping), even when the shape is wrong elsewhere.
  const unset: ConfigProblem[] = [];
  const interpolated = interpolateEnv(raw, env, unset);
  const parsed = connectorConfigSchema.safeParse(interpolated);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((i) => zodIssueToProblems(i, (p) => knownKeysAt(connectorConfigSchema, p)));
  problems.push(...unset);
  const stated = problems.length;
  const lever = section(interpolated, "lever");
  const oomnitza = section(interpolated, "oomnitza");
  const secrets: SecretContext = {
    env,
    baseDir,
    skip: opts.skipSecrets,
    keychain: () => (keychain ??= opts.keychain ?? osKeychain()),
  };
  let keychain: KeychainStore | undefined;
  const leverCredential = await resolveLeverCredential(lever, secrets, problems);
  const tokenSlot: SecretSlot = {
    section: oomnitza,
    path: "oomnitza.token",
    envName: "OOMNITZA_API_TOKEN",
    keychainAccount: "oomnitza",
  };
  const token = await resolveSecret(tokenSlot, secrets, problems);
  if (token === undefined && !problems.some((p) => p.path.startsWith("oomnitza.token")))
    problems.push(missingSecret(tokenSlot));
  const notify = await resolveNotifyTargets(interpolated, secrets, problems);
  const leverBaseUrl = text(lever.baseUrl);
  if (leverBaseUrl !== undefined) checkBaseUrl(leverBaseUrl, "lever.baseUrl", problems);
  const oomnitzaBaseUrl = resolveOomnitzaBaseUrl(
    { baseUrl: text(oomnitza.baseUrl), subdomain: text(oomnitza.subdomain) },
    problems,
  );
  // Only a mapping that names its `fields` is checked here: a partial one (`{ role: 25 }`) is completed
  // from the tenant's fields, which `check` and the run read before they resolve it.
  const mapping = (interpolated as { mapping?: unknown }).mapping;
  if (mapping !== undefined && section(interpolated, "mapping").fields !== undefined)
    problems.push(...mappingConfigProblems(resolveMapping(mapping).problems));
  if (!parsed.success || problems.length > 0) throw new ConfigError(withoutEchoes(problems, stated), source);
  const c = parsed.data;

  return {
    lever: {
      ...leverCredential,
      region: c.lever.region,
      baseUrl: c.lever.baseUrl,
      rateLimit: c.lever.rateLimit,
      timeoutMs: c.lever.timeoutMs,
      maxBodyBytes: c.lever.maxBodyBytes,
    },
    oomnitza: {
      baseUrl: oomnitzaBaseUrl,
      token: token ?? "",
      rateLimit: c.oomnitza.rateLimit,
      maxPerSecond: c.oomnitza.maxPerSecond,
      timeoutMs: c.oomnitza.timeoutMs,
      maxBodyBytes: c.oomnitza.maxBodyBytes,
    },
    sync: c.sync,
    mapping: c.mapping,
    saas: c.saas,
    state: { dir: resolve(baseDir, c.state.dir) },
    report: c.report,
    workflows: c.workflows,
    notify: c.notify.map((t, i) => ({ url: t.url, format: t.format, on: t.on, secret: notify[i] })),
    source,
  };
}

async function readConfigFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const fix =
      code === "ENOENT"
        ? "run `connector init` to write one, or pass --config <file>."
        : "check the file's permissions.";
    throw new ConfigError(
      [{ path: "", message: `cannot read ${file} (${code ?? "unreadable"}).`, fix }],
      file,
    );
  }
  return parseConfigText(text, file);
}

/**
 * Lever takes an API key or an OAuth access token (one of them, from any source); neither is the
 * "lever.apiKey is empty" problem that names every source.
 */
async function resolveLeverCredential(
  lever: Record<string, unknown>,
  secrets: SecretContext,
  problems: ConfigProblem[],
): Promise<{ apiKey?: string; accessToken?: string }> {
  const keySlot: SecretSlot = {
    section: lever,
    path: "lever.apiKey",
    envName: "LEVER_API_KEY",
    keychainAccount: "lever",
  };
  const tokenSlot: SecretSlot = {
    section: lever,
    path: "lever.accessToken",
    envName: undefined,
    keychainAccount: "lever",
  };
  const before = problems.length;
  const accessToken = await resolveSecret(tokenSlot, secrets, problems);
  const apiKeyWritten = ["apiKey", "apiKeyFile", "apiKeyCommand", "apiKeyFrom"].some(
    (k) => lever[k] !== undefined,
  );
  if (accessToken !== undefined && apiKeyWritten) {
    problems.push({
      path: "lever.accessToken",
      message: "is set together with an apiKey source.",
      fix: "keep either the API key or the OAuth access token.",
    });
    return {};
  }
  if (accessToken !== undefined) return { accessToken };
  const apiKey = await resolveSecret(keySlot, secrets, problems);
  if (apiKey === undefined && problems.length === before) problems.push(missingSecret(keySlot));
  return apiKey === undefined ? {} : { apiKey };
}

function section(config: unknown, key: string): Record<string, unknown> {
  const value = (config as Record<string, unknown> | null)?.[key];
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Every problem the file states (the first `stated`: its shape and unset variables), plus each later one
 * (from a resolved value) whose path has none yet: an unset `${VAR}` or a wrong type at `lever.apiKey`
 * already says what a following "is empty" there would repeat.
 */
function withoutEchoes(problems: ConfigProblem[], stated: number): ConfigProblem[] {
  const paths = new Set(problems.slice(0, stated).map((p) => p.path));
  const seen = new Set<string>();
  return problems.filter((p, i) => {
    const key = `${p.path}\n${p.message}`;
    if (seen.has(key) || (i >= stated && paths.has(p.path))) return false;
    seen.add(key);
    return true;
  });
}

function resolveOomnitzaBaseUrl(
  o: { baseUrl?: string | undefined; subdomain?: string | undefined },
  problems: ConfigProblem[],
): string {
  if (o.baseUrl !== undefined) {
    checkBaseUrl(o.baseUrl, "oomnitza.baseUrl", problems);
    return o.baseUrl.replace(/\/+$/, "");
  }
  if (o.subdomain !== undefined && /^[a-z0-9-]+$/i.test(o.subdomain))
    return `https://${o.subdomain}.oomnitza.com`;
  problems.push({
    path: o.subdomain === undefined ? "oomnitza.baseUrl" : "oomnitza.subdomain",
    message: o.subdomain === undefined ? "is required." : `"${o.subdomain}" is not a valid subdomain.`,
    fix: "set oomnitza.baseUrl: https://<your-subdomain>.oomnitza.com (or oomnitza.subdomain).",
  });
  return "";
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** Environment for `${VAR}` interpolation and secret fallbacks; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Base for relative paths when the config is an object; the file's folder otherwise. */
  cwd?: string;
  /** The keychain behind `*From: keychain`; the OS keychain by default. */
  keychain?: KeychainStore | undefined;
  /**
   * Leave every secret unresolved (placeholders instead): for commands that read local state only,
   * so they run no secret command and touch no keychain.
   */
  skipSecrets?: boolean | undefined;
}
