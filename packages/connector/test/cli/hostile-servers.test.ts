import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type Hostile,
  hostileServer,
  leakedFragment,
  type Route,
  refusedUrl,
  reply,
} from "../../../http/test/support/hostile-servers.js";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture } from "./sandbox-fixture.js";

// Hostile servers in front of a faithful sandbox: each test replaces one route and checks what the built
// binary does with it, as a user would meet it.

// Several tests run the binary two or three times; on a loaded machine that outlasts the default 20 s.
vi.setConfig({ testTimeout: 120_000 });

let fx: SandboxFixture;
const open: Hostile[] = [];

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture();
}, 180_000);
afterAll(async () => {
  await fx?.close();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  fx.writeConfig();
});

const origin = (url: string) => new URL(url).origin;

/** A hostile server that answers `route` and passes the rest to the sandbox's Lever or Oomnitza. */
async function front(
  service: "lever" | "oomnitza",
  route: Route,
  extra: Record<string, unknown> = {},
): Promise<Hostile> {
  const s = await hostileServer(route, { upstream: origin(fx.sandbox[service].baseUrl) });
  open.push(s);
  const path = new URL(fx.sandbox[service].baseUrl).pathname.replace(/\/$/, "");
  fx.writeConfig({ [service]: { baseUrl: `${s.url}${path}`, ...extra } });
  return s;
}

async function serve(route: Route): Promise<Hostile> {
  const s = await hostileServer(route);
  open.push(s);
  return s;
}

/** Peak resident memory of a child, read from /proc while it runs (VmHWM), in MB. */
function peakRss() {
  let peakMb = 0;
  let last = 0;
  return {
    get peakMb() {
      return peakMb;
    },
    watch(child: { pid?: number | undefined; kill(signal: NodeJS.Signals): boolean }) {
      const now = Date.now();
      if (now - last < 10 || child.pid === undefined) return;
      last = now;
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakMb = Math.max(peakMb, kb / 1024);
        // Protect the machine: a run without a bound is stopped well before it hurts anyone.
        if (peakMb > 2048) child.kill("SIGKILL");
      } catch {
        // The child is gone.
      }
    },
  };
}

const cli = (args: string[], o: { watch?: (c: never) => void; timeoutMs?: number } = {}): Promise<CliRun> =>
  runCli(args, {
    cwd: fx.dir,
    env: fx.env,
    ...(o.watch ? { watch: o.watch as never } : {}),
    timeoutMs: o.timeoutMs ?? 30_000,
  });

const output = (run: CliRun) => `${run.stdout}\n${run.stderr}`;

// The sandbox's secrets start with public markers ("lever_sbx_", "oomnitza_sbx_") that our own messages
// also contain; the random rest is the secret.
const secretParts = () => fx.secrets.map((s) => s.replace(/^[a-z]+_[a-z]+_/, ""));

function reportTexts(): string[] {
  const runs = join(fx.dir, ".connector", "runs");
  try {
    return readdirSync(runs).map((name) => readFileSync(join(runs, name), "utf8"));
  } catch {
    return [];
  }
}

describe("redirects are refused, credentials never leave the origin", () => {
  it.each([302, 307])(
    "an Oomnitza %i to another host: nothing reaches it, exit 5, both URLs named",
    async (status) => {
      const attacker = await serve((_q, res) => reply.json(res, 200, []));
      const api = await front("oomnitza", (req, res) =>
        req.url?.startsWith("/api/v3/") ? reply.redirect(res, status, `${attacker.url}${req.url}`) : false,
      );
      for (const args of [["check"], ["sync", "--yes"]]) {
        const run = await cli(args);
        expect(run.code, output(run)).toBe(5);
        expect(output(run)).toContain(`${api.url}/api/v3/`);
        expect(output(run)).toContain(`redirect to ${attacker.url}/api/v3/`);
        expect(leakedFragment([output(run), ...reportTexts()], secretParts())).toBeUndefined();
      }
      expect(attacker.seen).toEqual([]);
    },
  );

  it("a Lever 301 to plain http elsewhere: refused too", async () => {
    const attacker = await serve((_q, res) => reply.json(res, 200, { data: [] }));
    await front("lever", (req, res) => reply.redirect(res, 301, `${attacker.url}${req.url}`));
    const run = await cli(["check"]);
    expect(run.code).toBe(5);
    expect(run.stdout).not.toMatch(/✓ lever/);
    expect(attacker.seen).toEqual([]);
  });
});

describe("response bodies are capped (maxBodyBytes, default 64 MiB), memory stays bounded", () => {
  it.each([
    ["an endless 200 body from Lever", "lever", (res: ServerResponse): true => reply.endless(res, "[", " ")],
    [
      "a 1 GiB gzip bomb from Oomnitza",
      "oomnitza",
      (res: ServerResponse): true => reply.gzipBomb(res, 1 << 30),
    ],
  ] as const)("%s ends with exit 5 naming maxBodyBytes", async (name, service, hostile) => {
    const listing = service === "lever" ? "/v1/users" : "/api/v3/users";
    await front(service, (req, res) =>
      req.method === "GET" && req.url?.startsWith(`${listing}?`) ? hostile(res) : false,
    );
    const rss = peakRss();
    const run = await cli(["sync", "--yes"], { watch: rss.watch });
    expect(run.code, output(run)).toBe(5);
    expect(run.stderr).toContain("maxBodyBytes");
    console.log(`${name}: peak RSS ${Math.round(rss.peakMb)} MB`);
    // 64 MiB of body, decoded once: a few hundred MB at most (main grew to many GB).
    expect(rss.peakMb).toBeGreaterThan(0);
    expect(rss.peakMb).toBeLessThan(600);
  });

  it("a Lever list body of whitespace is not an empty list: exit 5, nothing deactivated", async () => {
    await front("lever", (req, res) => {
      if (!req.url?.startsWith("/v1/users?")) return false;
      res.writeHead(200, { "content-type": "application/json" }).end(" ".repeat(4096));
      return true;
    });
    const run = await cli(["sync", "--yes"]);
    expect(run.code, output(run)).toBe(5);
    expect(run.stderr).toMatch(/not JSON/);
  });
});

describe("secrets are redacted before any truncation", () => {
  it("a Lever error body echoing the key across the 500-character cut leaks no 8-character piece", async () => {
    const key = fx.env.LEVER_API_KEY as string;
    await front("lever", (req, res) => {
      if (!req.url?.startsWith("/v1/users?")) return false;
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(`${"x".repeat(500 - key.length + 3)}${key} end`);
      return true;
    });
    for (const args of [["check"], ["plan"], ["sync", "--yes"]]) {
      const run = await cli(args);
      expect(run.code).not.toBe(0);
      expect(leakedFragment([output(run), ...reportTexts()], secretParts())).toBeUndefined();
    }
  });
});

describe("bad values are refused with exit 2 before any request", () => {
  const requests = () => fx.sandbox.lever.stats.requests + fx.sandbox.oomnitza.stats.requests;

  it.each([
    ["lever.timeoutMs past Node's timer limit", { lever: { timeoutMs: 3_000_000_000 } }, "lever.timeoutMs"],
    [
      "oomnitza.rateLimit.perSecond 1e-9",
      { oomnitza: { rateLimit: { perSecond: 1e-9, burst: 1 } } },
      "oomnitza.rateLimit.perSecond",
    ],
    ["oomnitza.maxBodyBytes 10", { oomnitza: { maxBodyBytes: 10 } }, "oomnitza.maxBodyBytes"],
    [
      "a Lever base URL with user:pass@",
      { lever: { baseUrl: "https://admin:hunter2pass@api.lever.co/v1" } },
      "lever.baseUrl",
    ],
    [
      "an Oomnitza base URL with user:pass@",
      { oomnitza: { baseUrl: "https://admin:hunter2pass@acme.oomnitza.com" } },
      "oomnitza.baseUrl",
    ],
  ])("%s", async (_name, changes, path) => {
    fx.writeConfig(changes as Record<string, Record<string, unknown>>);
    const before = requests();
    const run = await cli(["check"]);
    expect(run.code, output(run)).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${path.replaceAll(".", "\\.")}: .*Fix: `));
    expect(output(run)).not.toMatch(/hunter2pass|admin:/);
    expect(requests()).toBe(before);
  });

  it.each([
    [
      "a FIFO",
      (dir: string) => {
        const path = join(dir, "key.fifo");
        execFileSync("mkfifo", [path]);
        return path;
      },
    ],
    ["/dev/zero", () => "/dev/zero"],
  ])("a secret file that is %s: exit 2 at once, no hang, no 600 MB read", async (_name, make) => {
    fx.writeConfig({ lever: { apiKey: undefined, apiKeyFile: make(fx.dir) } });
    const started = Date.now();
    const run = await cli(["check"], { timeoutMs: 10_000 });
    expect(run.code, output(run)).toBe(2);
    expect(run.stderr).toMatch(/lever\.apiKeyFile: .*not a regular file/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it("state.dir /proc/self: exit 2 at once instead of spinning in mkdir", async () => {
    fx.writeConfig({ state: { dir: "/proc/self" } });
    const before = requests();
    const started = Date.now();
    const run = await cli(["sync", "--yes"], { timeoutMs: 10_000 });
    expect(run.code, output(run)).toBe(2);
    expect(run.stderr).toMatch(/state\.dir: .*Fix: /);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(requests()).toBe(before);
  });
});

describe("listings that never end exit 5, bounded in memory", () => {
  it("Lever repeating its page token: exit 5 (an API failure, not a record failure)", async () => {
    await front("lever", (req, res) =>
      req.url?.startsWith("/v1/users?")
        ? reply.json(res, 200, {
            data: [{ id: "u1", email: "a@example.com", name: "A" }],
            hasNext: true,
            next: "same",
          })
        : false,
    );
    const run = await cli(["sync", "--yes"]);
    expect(run.code, output(run)).toBe(5);
    expect(run.stderr).toMatch(/pagination loop/);
  });

  it("Oomnitza sending new full pages forever: exit 5 at the item cap, peak RSS bounded", async () => {
    let served = 0;
    await front(
      "oomnitza",
      (req, res) => {
        if (req.method !== "GET" || !req.url?.startsWith("/api/v3/users?")) return false;
        // 10,000 new rows a page (more than asked for, as a server that ignores limit may send).
        const skip = Number(new URL(req.url, "http://x").searchParams.get("skip") ?? 0);
        const rows = Array.from({ length: 10_000 }, (_, i) => `{"user_id":"u${skip + i}"}`);
        served++;
        res.writeHead(200, { "content-type": "application/json" }).end(`[${rows.join(",")}]`);
        return true;
      },
      { rateLimit: false },
    );
    const rss = peakRss();
    const run = await cli(["sync", "--yes"], { watch: rss.watch, timeoutMs: 120_000 });
    expect(run.code, output(run)).toBe(5);
    expect(run.stderr).toMatch(/more than 1000000 items/);
    expect(served).toBeLessThanOrEqual(101);
    console.log("endless listing: peak RSS", Math.round(rss.peakMb), "MB, pages", served);
    expect(rss.peakMb).toBeLessThan(1500);
  }, 150_000);
});

describe("failure reasons keep their cause", () => {
  it("the server's own text in `error` (not `message`) reaches the user", async () => {
    await front("lever", (req, res) =>
      req.url?.startsWith("/v1/users?")
        ? reply.json(res, 400, { error: "limit must be at most 100" })
        : false,
    );
    const run = await cli(["check"]);
    expect(run.stdout + run.stderr).toContain("limit must be at most 100");
  });

  it("a base URL where nothing listens: 'connection refused' and the URL, in seconds, exit 5", async () => {
    const base = await refusedUrl();
    fx.writeConfig({ lever: { baseUrl: `${base}/v1` } });
    const started = Date.now();
    const run = await cli(["check"]);
    expect(run.code, output(run)).toBe(5);
    expect(output(run)).toContain("connection refused");
    expect(output(run)).toContain(`${base}/v1/`);
    expect(output(run)).not.toContain("fetch failed");
    // main spent 5-15 s on its full retry budget; one quick retry is far less even on a loaded machine.
    expect(Date.now() - started).toBeLessThan(12_000);
  });

  it("`connector history` survives a report with counts: null", async () => {
    const runs = join(fx.dir, ".connector", "runs");
    mkdirSync(runs, { recursive: true });
    writeFileSync(
      join(runs, "2026-01-01T00-00-00Z-abc.json"),
      JSON.stringify({
        kind: "lever-oomnitza-run",
        runId: "abc",
        startedAt: "2026-01-01T00:00:00.000Z",
        outcome: "ok",
        command: "sync",
        counts: null,
        requests: null,
      }),
    );
    const run = await cli(["history"]);
    expect(run.code, output(run)).toBe(0);
    expect(run.stdout).toContain("abc");
  });
});
