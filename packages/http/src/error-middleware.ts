import type { Middleware } from "openapi-fetch";
import { abortedError } from "./aborted-error.js";
import { ApiError } from "./api-error.js";
import { BufferedResponse, bufferedResponse, hasNullBody } from "./buffered-response.js";
import { kindForStatus } from "./kind-for-status.js";
import { redact } from "./redact.js";
import { requestIdOf } from "./request-id.js";
import { parseRetryAfter } from "./retry-after.js";

/** Cut after redacting: a secret straddling the cut would otherwise survive minus its tail. */
function clip(text: string, secrets: readonly string[], max: number): string {
  const clean = redact(text, secrets);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

async function parseBody(response: Response, text: string, secrets: readonly string[]): Promise<unknown> {
  if (text.trim() === "") return undefined;
  try {
    return await response.json();
  } catch {
    return clip(text, secrets, 500);
  }
}

// Where APIs put their human-readable reason: `message` (Lever, most), `error` (Oomnitza, many
// frameworks; sometimes an object carrying `message`), `detail` (RFC 9457 problem details).
function serverText(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["message", "error", "detail", "error_description"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value;
    if (value && typeof value === "object" && typeof (value as { message?: unknown }).message === "string")
      return (value as { message: string }).message;
  }
  return undefined;
}

const HINTS: Record<string, string> = {
  auth: "check the credentials: they may be expired, revoked or for another environment",
  permission: "the credentials lack permission for this operation; grant it in the vendor's admin settings",
  "not-found": "check the id or path",
  "rate-limited": "slow down or lower rateLimit.perSecond",
  server: "the service failed; retry later",
};

function describe(
  service: string,
  request: Request,
  status: number,
  body: unknown,
  secrets: readonly string[],
): string {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === "string" ? record.code : undefined;
  const text = serverText(body);
  const detail = text === undefined ? undefined : clip(text, secrets, 500);
  const hint = HINTS[kindForStatus(status)];
  const parts = [`${service} ${request.method} ${request.url} → ${status}`];
  if (code) parts.push(code);
  if (detail) parts.push(detail);
  return `${parts.join(": ")}${hint ? `; ${hint}` : ""}`;
}

async function rebuffer(response: Response, requestUrl: string): Promise<BufferedResponse> {
  const bytes = hasNullBody(response.status) ? null : new Uint8Array(await response.arrayBuffer());
  return bufferedResponse(bytes, response, response.url || requestUrl);
}

/**
 * openapi-fetch middleware: a non-2xx response throws a typed, redacted {@link ApiError}; a 2xx JSON
 * response whose body is not JSON throws `ApiError{kind:'invalid-response'}`.
 */
export function errorMiddleware(o: { service: string; secrets: string[] }): Middleware {
  return {
    async onResponse({ request, response, options }) {
      // The transport's responses are buffered once and parse once (BufferedResponse); only a response some
      // other middleware made up is read into one here.
      const buffered =
        response instanceof BufferedResponse ? response : await rebuffer(response, request.url);
      const keep = buffered === response ? undefined : buffered;
      const text = await buffered.text();
      const common = { method: request.method, url: request.url, service: o.service, secrets: o.secrets };
      const requestId = requestIdOf(response.headers);
      if (response.ok) {
        // An empty body is "no content"; whitespace alone is not JSON (and must never read as an empty list).
        if (options.parseAs !== "json" || text === "") return keep;
        try {
          await buffered.json();
        } catch {
          const shown =
            text.trim() === "" ? `${text.length} characters of whitespace` : clip(text, o.secrets, 120);
          throw new ApiError({
            ...common,
            kind: "invalid-response",
            status: response.status,
            message: `${o.service} ${request.method} ${request.url} → ${response.status} but the body is not JSON: ${shown}`,
            body: clip(text, o.secrets, 500),
            // Not the SyntaxError itself: V8 quotes a cut-off piece of the body in its message.
            cause: new SyntaxError("the body does not parse as JSON"),
            ...(requestId ? { requestId } : {}),
          });
        }
        return keep;
      }
      const body = await parseBody(buffered, text, o.secrets);
      const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      throw new ApiError({
        ...common,
        kind: kindForStatus(response.status),
        status: response.status,
        message: describe(o.service, request, response.status, body, o.secrets),
        body,
        ...(typeof record.code === "string" ? { code: record.code } : {}),
        ...(requestId ? { requestId } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    },
    onError({ error, request }) {
      if (error instanceof ApiError) return;
      if (error instanceof Error && error.name === "AbortError")
        return abortedError({ service: o.service, secrets: o.secrets, request, reason: error });
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
