import type { AdaptiveRate } from "./adaptive-rate.js";
import { parseRetryAfter } from "./retry-after.js";
import type { TokenBucket } from "./token-bucket.js";

/** A fetch that takes a prepared `Request`: the shape every transport layer wraps. */
export type RequestFetch = (request: Request) => Promise<Response>;

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wrap a fetch so every attempt first takes a token from the shared bucket; a 429 drains the bucket so the
 * next attempts wait for the server's refill instead of drawing more 429s. With `writes`, every write
 * (any method but GET, HEAD, OPTIONS) takes its token from that adaptive rate instead and reports back how
 * it was answered; reads keep the bucket (`bucket` may then be `undefined`: reads unthrottled).
 */
export function throttle(
  next: RequestFetch,
  bucket: TokenBucket | undefined,
  writes?: AdaptiveRate,
): RequestFetch {
  return async (request) => {
    if (writes && !READ_METHODS.has(request.method.toUpperCase()))
      return adaptiveWrite(next, request, writes);
    await bucket?.take();
    const response = await next(request);
    if (response.status === 429) bucket?.drain();
    return response;
  };
}

async function adaptiveWrite(next: RequestFetch, request: Request, rate: AdaptiveRate): Promise<Response> {
  const sentAt = await rate.take();
  let response: Response;
  try {
    response = await next(request);
  } catch (error) {
    rate.observe({ sentAt, timedOut: (error as { kind?: unknown })?.kind === "timeout" });
    throw error;
  }
  const retryAfterMs =
    response.status === 429 ? parseRetryAfter(response.headers.get("retry-after"), Date.now()) : undefined;
  rate.observe({
    sentAt,
    status: response.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
  return response;
}
