import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.js";
import { createTransport } from "../src/create-transport.js";
import { type Hostile, hostileServer, reply } from "./support/hostile-servers.js";

const TOKEN = "oomnitza-token-5f2c9e81d7a4";
const open: Hostile[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function serve(route: Parameters<typeof hostileServer>[0]) {
  const s = await hostileServer(route);
  open.push(s);
  return s;
}

function transport(fetch?: typeof globalThis.fetch) {
  return createTransport({
    service: "oomnitza",
    baseUrl: "http://127.0.0.1",
    secrets: [TOKEN],
    rateLimit: false,
    retry: { attempts: 3, baseDelayMs: 1 },
    ...(fetch ? { fetch } : {}),
  });
}

describe.each([
  ["the built-in node:http fetch", undefined],
  ["an injected global fetch (undici)", globalThis.fetch],
] as const)("redirects through %s", (_name, injected) => {
  it.each([301, 302, 303, 307, 308])(
    "a %i is refused: nothing reaches the target, the error names both URLs",
    async (status) => {
      const attacker = await serve((_req, res) => reply.json(res, 200, { got: "it" }));
      const api = await serve((_req, res) => reply.redirect(res, status, `${attacker.url}/steal?t=${TOKEN}`));
      const t = transport(injected);
      const error = await t
        .fetch(`${api.url}/api/v3/users?token=${TOKEN}`, {
          method: "POST",
          headers: { Authorization2: TOKEN, "content-type": "application/json" },
          body: JSON.stringify({ email: "person@example.com" }),
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      const e = error as ApiError;
      expect(e.kind).toBe("redirect");
      expect(e.status).toBe(status);
      expect(e.retriable).toBe(false);
      expect(e.url).toBe(`${api.url}/api/v3/users?token=[REDACTED]`);
      expect(e.location).toBe(`${attacker.url}/steal?t=[REDACTED]`);
      expect(e.message).toContain(`${api.url}/api/v3/users`);
      expect(e.message).toContain(`${attacker.url}/steal`);
      expect(e.message).not.toContain(TOKEN);
      expect(attacker.seen).toEqual([]);
      expect(api.seen).toHaveLength(1); // a redirect is not retried either
    },
  );
});
