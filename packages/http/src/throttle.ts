import type { TokenBucket } from "./token-bucket.js";

/** A fetch that takes a prepared `Request`: the shape every transport layer wraps. */
export type RequestFetch = (request: Request) => Promise<Response>;

/** Wrap a fetch so every attempt first takes a token from the shared bucket. */
export function throttle(next: RequestFetch, bucket: TokenBucket): RequestFetch {
  return async (request) => {
    await bucket.take();
    return next(request);
  };
}
