import type { Middleware } from "openapi-fetch";

/** openapi-fetch middleware that lets `apply` set auth headers on every request (may be async, e.g. OAuth refresh). */
export function authMiddleware(apply: (headers: Headers) => void | Promise<void>): Middleware {
  return {
    async onRequest({ request }) {
      await apply(request.headers);
      return request;
    },
  };
}
