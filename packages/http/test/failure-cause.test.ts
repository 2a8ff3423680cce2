import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.js";
import { createTransport } from "../src/create-transport.js";
import { recordingSleep } from "./helpers.js";
import { refusedUrl } from "./support/hostile-servers.js";

function transport(fetch?: typeof globalThis.fetch) {
  const sleeper = recordingSleep();
  const t = createTransport({
    service: "lever",
    baseUrl: "http://127.0.0.1",
    secrets: [],
    rateLimit: false,
    sleep: sleeper.sleep,
    ...(fetch ? { fetch } : {}),
  });
  return { ...t, sleeps: sleeper.delays };
}

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ApiError,
  );

describe("network failures name their cause and the URL", () => {
  it("connection refused: named, with the URL, after one retry instead of the whole budget", async () => {
    const base = await refusedUrl();
    const t = transport();
    const error = await failureOf(t.fetch(`${base}/v1/users`));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.kind).toBe("network");
    expect(error?.code).toBe("ECONNREFUSED");
    expect(error?.message).toContain("connection refused");
    expect(error?.message).toContain(`${base}/v1/users`);
    expect(error?.message).not.toContain("fetch failed");
    expect(t.stats.requests).toBe(2);
  });

  it("host not found: named and not retried", async () => {
    const notFound = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.nowhere.invalid"), { code: "ENOTFOUND" }),
      });
    };
    const t = transport(notFound as unknown as typeof globalThis.fetch);
    const error = await failureOf(t.fetch("https://api.nowhere.invalid/v1/users"));
    expect(error?.message).toContain("host not found");
    expect(error?.message).toContain("https://api.nowhere.invalid/v1/users");
    expect(t.stats.requests).toBe(1);
  });

  describe("TLS", () => {
    const dir = mkdtempSync(join(tmpdir(), "tls-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("a self-signed certificate: 'TLS certificate problem', not retried", async () => {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "1",
          "-subj",
          "/CN=127.0.0.1",
          "-keyout",
          join(dir, "key.pem"),
          "-out",
          join(dir, "cert.pem"),
        ],
        { stdio: "ignore" },
      );
      const server = https.createServer(
        { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) },
        (_req, res) => res.end("{}"),
      );
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      try {
        const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3/users`;
        const t = transport();
        const error = await failureOf(t.fetch(url));
        expect(error?.message).toContain("TLS certificate problem");
        expect(error?.message).toContain(url);
        expect(error?.code).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
        expect(t.stats.requests).toBe(1);
      } finally {
        await new Promise((r) => server.close(r));
      }
    });
  });
});
