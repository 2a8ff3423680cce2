import { isLoopbackHost } from "@lever-oomnitza/http";
import type { OomnitzaClientOptions } from "./oomnitza-client-options.js";
import { OomnitzaConfigError } from "./oomnitza-config-error.js";

/** Connection settings derived from validated options. */
export interface ResolvedOomnitzaOptions {
  /** Origin plus any proxy prefix, without `/api/v3` and without a trailing slash. */
  baseUrl: string;
  /** Header name and value that authenticate every request. */
  auth: { name: "Authorization2" | "Authorization"; value: string };
  /** Strings to redact everywhere. */
  secrets: string[];
  pageSize: number;
  batchSize: number;
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function credential(option: string, value: unknown, fix: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new OomnitzaConfigError(option, `oomnitza.${option} is empty: ${fix}`);
  }
  // A token read from a file often ends with a newline; anything inside would break the header.
  const trimmed = value.trim();
  if (/[\r\n]/.test(trimmed)) {
    throw new OomnitzaConfigError(option, `oomnitza.${option} contains a line break: ${fix}`);
  }
  return trimmed;
}

function resolveBaseUrl(o: OomnitzaClientOptions): string {
  if (o.baseUrl !== undefined && o.subdomain !== undefined) {
    throw new OomnitzaConfigError("baseUrl", "oomnitza: give either baseUrl or subdomain, not both");
  }
  if (o.subdomain !== undefined) {
    if (!SUBDOMAIN.test(o.subdomain)) {
      throw new OomnitzaConfigError(
        "subdomain",
        `oomnitza.subdomain ${JSON.stringify(o.subdomain)} is not a subdomain: use "acme" for https://acme.oomnitza.com`,
      );
    }
    return `https://${o.subdomain.toLowerCase()}.oomnitza.com`;
  }
  if (o.baseUrl === undefined || o.baseUrl.trim() === "") {
    throw new OomnitzaConfigError(
      "baseUrl",
      "oomnitza: no tenant given: set baseUrl (e.g. https://acme.oomnitza.com) or subdomain (e.g. acme)",
    );
  }
  let url: URL;
  try {
    url = new URL(o.baseUrl.trim());
  } catch {
    throw new OomnitzaConfigError(
      "baseUrl",
      `oomnitza.baseUrl is not a URL: use e.g. https://acme.oomnitza.com`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new OomnitzaConfigError("baseUrl", `oomnitza.baseUrl must use https:// (got ${url.protocol})`);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && o.allowInsecureHttp !== true) {
    throw new OomnitzaConfigError(
      "baseUrl",
      `oomnitza.baseUrl uses plain http:// to ${url.hostname}: the token would travel unencrypted; use https:// or set allowInsecureHttp: true`,
    );
  }
  if (url.username || url.password) {
    throw new OomnitzaConfigError("baseUrl", "oomnitza.baseUrl must not contain credentials: use token");
  }
  url.search = "";
  url.hash = "";
  return url.href.replace(/\/+$/, "").replace(/\/api\/v3$/, "");
}

function positiveInt(option: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new OomnitzaConfigError(
      option,
      `oomnitza.${option} must be an integer from 1 to ${max}, got ${value}`,
    );
  }
  return value;
}

/** Validates client options; every failure is an {@link OomnitzaConfigError} naming the fix. */
export function resolveOomnitzaOptions(o: OomnitzaClientOptions): ResolvedOomnitzaOptions {
  const baseUrl = resolveBaseUrl(o);
  const tokenFix =
    "pass token (e.g. from the OOMNITZA_API_TOKEN environment variable) or username and password";
  const token = credential("token", o.token, tokenFix);
  const username = credential(
    "username",
    o.username,
    "pass the Oomnitza username for Basic auth, or use token",
  );
  const password = credential(
    "password",
    o.password,
    "pass the Oomnitza password for Basic auth, or use token",
  );
  const pageSize = positiveInt("pageSize", o.pageSize, 100, 10_000);
  const batchSize = positiveInt("batchSize", o.batchSize, 100, 10_000);
  if (token !== undefined) {
    if (username !== undefined || password !== undefined) {
      throw new OomnitzaConfigError("token", "oomnitza: give either token or username/password, not both");
    }
    return { baseUrl, auth: { name: "Authorization2", value: token }, secrets: [token], pageSize, batchSize };
  }
  if (username === undefined && password === undefined) {
    throw new OomnitzaConfigError("token", `oomnitza.token is missing: ${tokenFix}`);
  }
  if (username === undefined || password === undefined) {
    const missing = username === undefined ? "username" : "password";
    throw new OomnitzaConfigError(
      missing,
      `oomnitza.${missing} is missing: Basic auth needs both username and password`,
    );
  }
  const basic = Buffer.from(`${username}:${password}`).toString("base64");
  return {
    baseUrl,
    auth: { name: "Authorization", value: `Basic ${basic}` },
    secrets: [password, basic],
    pageSize,
    batchSize,
  };
}
