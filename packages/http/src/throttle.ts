import type { TokenBucket } from "./token-bucket.js";

/** A fetch that takes a prepared `Request`: the shape every transport layer wraps. */
export type RequestFetch = (request: Request) => Promise<Response>;

/**
 * Wrap a fetch so every attempt first takes a token from the shared bucket; a 429 drains the bucket so the
 * next attempts wait for the server's refill instead of drawing more 429s.
 */
export function throttle(next: RequestFetch, bucket: TokenBucket): RequestFetch {
  return async (request) => {
    await bucket.take();
    const response = await next(request);
    if (response.status === 429) bucket.drain();
    return response;
  };
}
