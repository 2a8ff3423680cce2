import { isLoopbackHost } from "@lever-oomnitza/http";
import { LEVER_BASE_URLS, type LeverClientOptions } from "./lever-client-options.js";
import { LeverConfigError } from "./lever-config-error.js";

/** Validated connection settings derived from {@link LeverClientOptions}. */
export interface ResolvedLeverOptions {
  baseUrl: string;
  /** Grows as `getAccessToken` hands out tokens, so each one is redacted too. */
  secrets: string[];
  applyAuth: (headers: Headers) => Promise<void>;
  /** Users per page of `users.list` (1 to 100). */
  pageSize: number;
}

function resolveBaseUrl(o: LeverClientOptions): string {
  if (o.baseUrl === undefined) {
    const region = o.region ?? "global";
    const url = LEVER_BASE_URLS[region];
    if (!url) {
      throw new LeverConfigError(
        "region",
        `region must be one of global, eu, sandbox; got ${JSON.stringify(region)}`,
      );
    }
    return url;
  }
  let url: URL;
  try {
    url = new URL(o.baseUrl);
  } catch {
    // Never echo what could be a `user:password@` part.
    const shown = o.baseUrl.replace(/\/\/[^/@]*@/, "//…@");
    throw new LeverConfigError(
      "baseUrl",
      `baseUrl is not a URL: ${JSON.stringify(shown)}; e.g. ${LEVER_BASE_URLS.global}`,
    );
  }
  if (url.username || url.password) {
    throw new LeverConfigError(
      "baseUrl",
      "baseUrl must not contain a user name or password (user:pass@host): remove them and pass the key as apiKey",
    );
  }
  // Lever only speaks HTTPS (https://hire.lever.co/developer/documentation); plain HTTP is allowed on
  // loopback for the local sandbox, and elsewhere only when asked for (e.g. a proxy on a private network).
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new LeverConfigError("baseUrl", `baseUrl must use https://; got ${url.protocol}`);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && o.allowInsecureHttp !== true) {
    throw new LeverConfigError(
      "baseUrl",
      `baseUrl uses plain http:// to ${url.hostname}: the API key would travel unencrypted; use https:// or set allowInsecureHttp: true`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

const MISSING =
  "Lever credentials are missing: set apiKey (e.g. apiKey: process.env.LEVER_API_KEY, from the LEVER_API_KEY " +
  "environment variable), or accessToken / getAccessToken for OAuth";

function resolveAuth(o: LeverClientOptions, secrets: string[]): ResolvedLeverOptions["applyAuth"] {
  const given = (["apiKey", "accessToken", "getAccessToken"] as const).filter((k) => o[k] !== undefined);
  if (given.length > 1) {
    throw new LeverConfigError(
      given[1]!,
      `give only one of apiKey, accessToken, getAccessToken; got ${given.join(", ")}`,
    );
  }
  if (o.getAccessToken !== undefined) {
    const source = o.getAccessToken;
    if (typeof source !== "function")
      throw new LeverConfigError("getAccessToken", "getAccessToken must be a function");
    return async (headers) => {
      const token = (await source())?.trim();
      if (!token) throw new LeverConfigError("getAccessToken", "getAccessToken returned an empty token");
      if (!secrets.includes(token)) secrets.push(token);
      headers.set("authorization", `Bearer ${token}`);
    };
  }
  const option = o.accessToken !== undefined ? "accessToken" : "apiKey";
  const value = (o.accessToken ?? o.apiKey)?.trim();
  if (!value) {
    throw new LeverConfigError(option, given.length ? `${option} is empty. ${MISSING}` : MISSING);
  }
  secrets.push(value);
  const header =
    option === "apiKey" ? `Basic ${Buffer.from(`${value}:`, "utf8").toString("base64")}` : `Bearer ${value}`;
  return async (headers) => {
    headers.set("authorization", header);
  };
}

function resolvePageSize(pageSize: number | undefined): number {
  if (pageSize === undefined) return 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    throw new LeverConfigError("pageSize", `pageSize must be an integer from 1 to 100, got ${pageSize}`);
  return pageSize;
}

/** Validate options: exactly one non-empty credential, a known region or an HTTPS (or loopback) base URL. */
export function resolveLeverOptions(o: LeverClientOptions): ResolvedLeverOptions {
  const secrets: string[] = [];
  const applyAuth = resolveAuth(o, secrets);
  return { baseUrl: resolveBaseUrl(o), secrets, applyAuth, pageSize: resolvePageSize(o.pageSize) };
}
