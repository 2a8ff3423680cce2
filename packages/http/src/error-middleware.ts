import type { Middleware } from "openapi-fetch";
import { ApiError, kindForStatus } from "./api-error.js";
import { redact } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  }
}

const HINTS: Record<string, string> = {
  auth: "check the credentials (expired, revoked or for another environment)",
  permission: "the credentials lack permission for this operation; grant it in the vendor's admin settings",
  "not-found": "check the id or path",
  "rate-limited": "slow down or lower rateLimit.perSecond",
  server: "the service failed; retry later",
};

function describe(service: string, request: Request, status: number, body: unknown): string {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === "string" ? record.code : undefined;
  const detail =
    typeof record.message === "string" ? record.message : typeof body === "string" ? body : undefined;
  const hint = HINTS[kindForStatus(status)];
  const parts = [`${service} ${request.method} ${request.url} → ${status}`];
  if (code) parts.push(code);
  if (detail) parts.push(detail);
  return `${parts.join(": ")}${hint ? ` (${hint})` : ""}`;
}

/**
 * openapi-fetch middleware: a non-2xx response throws a typed, redacted {@link ApiError}; a 2xx JSON
 * response whose body is not JSON throws `ApiError{kind:'invalid-response'}`.
 */
export function errorMiddleware(o: { service: string; secrets: string[] }): Middleware {
  return {
    async onResponse({ request, response, options }) {
      const text = await response.text();
      const rebuilt = () => {
        const copy = new Response(
          text === "" && [204, 205, 304].includes(response.status) ? null : text,
          response,
        );
        Object.defineProperty(copy, "url", { value: response.url || request.url });
        return copy;
      };
      const common = { method: request.method, url: request.url, service: o.service, secrets: o.secrets };
      const requestId = requestIdOf(response.headers);
      if (response.ok) {
        if (options.parseAs !== "json" || text.trim() === "") return rebuilt();
        try {
          JSON.parse(text);
        } catch (cause) {
          throw new ApiError({
            ...common,
            kind: "invalid-response",
            status: response.status,
            message: `${o.service} ${request.method} ${request.url} → ${response.status} but the body is not JSON: ${redact(text.slice(0, 120), o.secrets)}`,
            body: text.slice(0, 500),
            cause,
            ...(requestId ? { requestId } : {}),
          });
        }
        return rebuilt();
      }
      const body = parseBody(text);
      const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      throw new ApiError({
        ...common,
        kind: kindForStatus(response.status),
        status: response.status,
        message: describe(o.service, request, response.status, body),
        body,
        ...(typeof record.code === "string" ? { code: record.code } : {}),
        ...(requestId ? { requestId } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    },
    onError({ error, request }) {
      if (error instanceof ApiError || (error instanceof Error && error.name === "AbortError")) return;
      return new ApiError({
        kind: "network",
        message: `${o.service} ${request.method} ${request.url} failed before a response: ${(error as Error)?.message ?? String(error)}`,
        method: request.method,
        url: request.url,
        service: o.service,
        secrets: o.secrets,
        cause: error,
      });
    },
  };
}
