import { brandClass } from "./brand-class.js";
import { decideFailure } from "./decide-failure.js";
import type { ErrorKind } from "./kind-for-status.js";
import { redact, redactValue } from "./redact.js";

export { type ErrorKind, kindForStatus } from "./kind-for-status.js";

/** Everything needed to build an {@link ApiError}; `secrets` are redacted from every text field. */
export interface ApiErrorInit {
  kind: ErrorKind;
  message: string;
  method: string;
  url: string;
  service?: string;
  status?: number;
  code?: string;
  requestId?: string;
  body?: unknown;
  cause?: unknown;
  retryAfterMs?: number;
  /** Where a refused redirect pointed (redacted like `url`). */
  location?: string;
  secrets?: readonly string[];
}

// The cause can be a fetch/undici error whose message or stack echoes a URL; copy it with secrets redacted
// so `util.inspect(err)` and `err.cause.stack` stay clean too.
function sanitizeCause(cause: unknown, secrets: readonly string[]): unknown {
  if (!(cause instanceof Error)) return typeof cause === "string" ? redact(cause, secrets) : cause;
  const copy = new Error(redact(cause.message, secrets));
  copy.name = cause.name;
  copy.stack = redact(cause.stack ?? "", secrets);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string") (copy as Error & { code?: string }).code = code;
  return copy;
}

/**
 * The one error every client throws: HTTP status, vendor code, redacted URL, request id and parsed body.
 * `err instanceof ApiError` holds across the ESM and CommonJS builds of this package.
 */
export class ApiError extends Error {
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly method: string;
  /** The request URL with every secret redacted. */
  readonly url: string;
  readonly service?: string;
  readonly requestId?: string;
  readonly body?: unknown;
  /** True for failures that may succeed later (rate limit, server, network, timeout). */
  readonly retriable: boolean;
  /** How long the server asked us to wait (Retry-After), when it said so. */
  readonly retryAfterMs?: number;
  /** Where the server tried to send the request (a refused 3xx), with every secret redacted. */
  readonly location?: string;
  override readonly cause?: unknown;

  constructor(init: ApiErrorInit) {
    const secrets = init.secrets ?? [];
    super(redact(init.message, secrets));
    this.name = "ApiError";
    this.kind = init.kind;
    this.method = init.method;
    this.url = redact(init.url, secrets);
    // The kind alone: what the transport would resend on a first failed attempt of an idempotent request.
    this.retriable = decideFailure({ error: { kind: init.kind }, idempotent: true, attempt: 1 }) === "retry";
    if (init.service !== undefined) this.service = init.service;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = redact(init.code, secrets);
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.body !== undefined) this.body = redactValue(init.body, secrets);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.location !== undefined) this.location = redact(init.location, secrets);
    if (init.cause !== undefined) this.cause = sanitizeCause(init.cause, secrets);
  }

  /** A plain, secret-free object for logs and reports (`JSON.stringify(err)` uses it). */
  toJSON(): object {
    const cause =
      this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      service: this.service,
      status: this.status,
      code: this.code,
      method: this.method,
      url: this.url,
      requestId: this.requestId,
      retriable: this.retriable,
      retryAfterMs: this.retryAfterMs,
      location: this.location,
      body: this.body,
      cause,
    };
  }
}

brandClass(ApiError, "ApiError");
