/** Exponential backoff with full jitter: a random delay in [0, min(max, base·2^(attempt-1))). */
export function fullJitterDelay(
  attempt: number,
  o: { baseDelayMs: number; maxDelayMs: number; random?: () => number },
): number {
  const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor((o.random ?? Math.random)() * ceiling);
}
