/**
 * Parse a `Retry-After` header value (delta seconds or an HTTP date) into milliseconds from `now`.
 * Returns undefined when absent or unparsable (Lever sends none on 429; reference §3.2).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
