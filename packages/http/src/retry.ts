import { abortedError } from "./aborted-error.js";
import { fullJitterDelay } from "./backoff.js";
import { jsonBodyParses } from "./check-json-body.js";
import { decideFailure } from "./decide-failure.js";
import type { Hooks } from "./hooks.js";
import type { Logger } from "./logger.js";
import { redact } from "./redact.js";
import { requestIdOf } from "./request-id.js";
import { parseRetryAfter } from "./retry-after.js";
import type { TransportStats } from "./stats.js";
import type { RequestFetch } from "./throttle.js";

/** How many times and how patiently to retry. */
export interface RetryOptions {
  /** Total attempts including the first (default 5). */
  attempts: number;
  /** Backoff base: attempt n waits up to base·2^(n-1) (default 500). */
  baseDelayMs: number;
  /** Backoff ceiling (default 30 000). */
  maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one is not waited for, the response is returned (default 120 000). */
  maxRetryAfterMs?: number;
}

/** Defaults for {@link RetryOptions}. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Everything the retry layer needs besides the options. */
export interface RetryContext {
  service: string;
  secrets: readonly string[];
  logger: Logger;
  stats: TransportStats;
  /** Called for every attempt; payloads carry the redacted URL only. */
  hooks?: Hooks;
  isIdempotent: (method: string, url: URL) => boolean;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

type Outcome = { response: Response; error?: undefined } | { response?: undefined; error: unknown };

async function attemptOnce(next: RequestFetch, request: Request): Promise<Outcome> {
  try {
    return { response: await next(request) };
  } catch (error) {
    return { error };
  }
}

/** Waits `ms`, or less when `signal` aborts first. */
function waitUnlessAborted(sleep: RetryContext["sleep"], ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => resolve();
    signal.addEventListener("abort", onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Wrap a fetch with retries: exponential backoff with full jitter on 429/500/502/503/504, network errors
 * and (for reads) a 2xx JSON body that does not parse, honouring `Retry-After`; only idempotent requests
 * are retried after the server may have acted. Calls `ctx.hooks` for every attempt. A caller's abort
 * (the request's signal) ends the loop with `ApiError{kind:'aborted'}` and no further attempt.
 */
export function withRetry(
  next: RequestFetch,
  options: Required<RetryOptions>,
  ctx: RetryContext,
): RequestFetch {
  return async (original) => {
    const url = new URL(original.url);
    const idempotent = ctx.isIdempotent(original.method, url);
    const hooks = ctx.hooks;
    const shownUrl = hooks ? redact(original.url, ctx.secrets) : "";
    const aborted = () =>
      abortedError({
        service: ctx.service,
        secrets: ctx.secrets,
        request: original,
        reason: original.signal.reason,
      });
    for (let attempt = 1; ; attempt++) {
      if (original.signal.aborted) throw aborted();
      const info = { service: ctx.service, method: original.method, url: shownUrl, attempt };
      hooks?.onRequest?.(info);
      const outcome = await attemptOnce(next, original.clone());
      let { response, error } = outcome;
      if (outcome.response && hooks?.onResponse) {
        const requestId = requestIdOf(outcome.response.headers);
        hooks.onResponse({ ...info, status: outcome.response.status, ...(requestId ? { requestId } : {}) });
      }
      if (original.signal.aborted && !outcome.response?.ok) throw aborted();
      let malformed = false;
      if (response?.ok) {
        // Only idempotent requests are resent: a create answered with a garbled body may have been applied.
        if (!idempotent || attempt >= options.attempts) return response;
        if (await jsonBodyParses(response)) return response;
        malformed = true;
        response = undefined;
        error = new Error(
          `${ctx.service}: ${original.method} answered ${outcome.response?.status} with a body that is not JSON`,
        );
      }
      const decision = malformed
        ? "retry"
        : decideFailure({ status: response?.status, error, idempotent, attempt });
      const retryAfter = parseRetryAfter(response?.headers.get("retry-after"), (ctx.now ?? Date.now)());
      const tooLong = retryAfter !== undefined && retryAfter > options.maxRetryAfterMs;
      if (decision !== "retry" || attempt >= options.attempts || tooLong) {
        if (response) return response;
        throw error;
      }
      const delayMs = retryAfter ?? fullJitterDelay(attempt, { ...options, random: ctx.random });
      ctx.stats.retries++;
      const errorText =
        error === undefined ? undefined : redact(String((error as Error)?.message ?? error), ctx.secrets);
      if (hooks?.onRetry) {
        const requestId = response ? requestIdOf(response.headers) : undefined;
        hooks.onRetry({
          ...info,
          delayMs,
          ...(response ? { status: response.status } : {}),
          ...(requestId ? { requestId } : {}),
          ...(errorText !== undefined ? { error: errorText } : {}),
        });
      }
      ctx.logger.warn(
        {
          service: ctx.service,
          method: original.method,
          url: redact(original.url, ctx.secrets),
          attempt,
          nextAttempt: attempt + 1,
          maxAttempts: options.attempts,
          delayMs,
          status: response?.status,
          error: errorText,
        },
        `${ctx.service}: retrying ${original.method} in ${delayMs} ms (attempt ${attempt + 1}/${options.attempts})`,
      );
      await waitUnlessAborted(ctx.sleep, delayMs, original.signal);
    }
  };
}
