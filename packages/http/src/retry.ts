import { fullJitterDelay } from "./backoff.js";
import { checkJsonBody } from "./check-json-body.js";
import { classifyFailure } from "./classify-failure.js";
import type { Logger } from "./logger.js";
import { redact } from "./redact.js";
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

/**
 * Wrap a fetch with retries: exponential backoff with full jitter on 429/500/502/503/504, network errors
 * and (for reads) a 2xx JSON body that does not parse, honouring `Retry-After`; only idempotent requests
 * are retried after the server may have acted.
 */
export function withRetry(
  next: RequestFetch,
  options: Required<RetryOptions>,
  ctx: RetryContext,
): RequestFetch {
  return async (original) => {
    const url = new URL(original.url);
    const idempotent = ctx.isIdempotent(original.method, url);
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptOnce(next, original.clone());
      let { response, error } = outcome;
      let malformed = false;
      if (response?.ok) {
        // Only idempotent requests are resent: a create answered with a garbled body may have been applied.
        if (!idempotent || attempt >= options.attempts) return response;
        const checked = await checkJsonBody(response, original.url);
        if (checked.valid) return checked.response;
        malformed = true;
        response = undefined;
        error = new Error(
          `${ctx.service}: ${original.method} answered ${outcome.response?.status} with a body that is not JSON`,
        );
      }
      const decision = original.signal.aborted
        ? "fatal"
        : malformed
          ? "retry"
          : classifyFailure({
              status: response?.status,
              error,
              method: original.method,
              idempotent,
              attempt,
            });
      const retryAfter = parseRetryAfter(response?.headers.get("retry-after"), (ctx.now ?? Date.now)());
      const tooLong = retryAfter !== undefined && retryAfter > options.maxRetryAfterMs;
      if (decision === "fatal" || attempt >= options.attempts || tooLong) {
        if (response) return response;
        throw error;
      }
      const delayMs = retryAfter ?? fullJitterDelay(attempt, { ...options, random: ctx.random });
      ctx.stats.retries++;
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
          error:
            error === undefined ? undefined : redact(String((error as Error)?.message ?? error), ctx.secrets),
        },
        `${ctx.service}: retrying ${original.method} in ${delayMs} ms (attempt ${attempt + 1}/${options.attempts})`,
      );
      await ctx.sleep(delayMs);
    }
  };
}
