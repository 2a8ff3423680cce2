/** Token-bucket settings: steady refill per second and the bucket size. */
export interface RateLimit {
  perSecond: number;
  burst: number;
  /** Count only writes (non-GET requests), e.g. an Oomnitza write limit. */
  writesOnly?: boolean;
}

/** Outcome of one take: allowed, or refused with the wait until the next token. */
export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

/** A keyed token-bucket limiter (one bucket per API key or token). */
export interface RateLimiter {
  take(key: string): TakeResult;
}

/** Creates a per-key token bucket; `now` is injectable so tests can step time. */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
      bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / limit.perSecond) * 1000) };
    },
  };
}
