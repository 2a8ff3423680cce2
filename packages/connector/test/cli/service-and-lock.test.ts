// `connector schedule --listen` and the state-dir run lock, through the built binary against the sandbox.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/engine/run-report.js";
import { startReceiver } from "../notify/receiver.js";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

let fx: SandboxFixture;

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 20 });
}, 180_000);
afterAll(async () => {
  await fx?.close();
});

/** The value of one sample in Prometheus' text format. */
function sample(metrics: string, name: string, labels: string): number {
  const line = metrics.split("\n").find((l) => l.startsWith(`${name}{${labels}}`));
  return line === undefined ? Number.NaN : Number(line.split(" ").pop());
}

describe("connector schedule --listen", () => {
  it("serves /healthz and /metrics during a scheduled run; the metrics equal the run report's", async () => {
    fx.writeConfig({ sync: { schedule: "*/5 * * * * *" } }); // every 5 s: time to scrape between runs
    let base = "";
    let scraped: { health: { status: number; body: Record<string, unknown> }; metrics: string } | undefined;
    let history: { runs: RunReport[] } | undefined;
    const run = await runCli(["schedule", "--yes", "--listen", "127.0.0.1:0"], {
      cwd: fx.dir,
      env: fx.env,
      timeoutMs: 40_000,
      onStdout: (out, child) => {
        base ||= /Serving (http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(out)?.[1] ?? "";
        if (scraped === undefined && / sync: ok \(exit 0\)/.test(out)) {
          scraped = {} as never;
          void (async () => {
            const h = await fetch(`${base}/healthz`);
            const metrics = await (await fetch(`${base}/metrics`)).text();
            scraped = {
              health: { status: h.status, body: (await h.json()) as Record<string, unknown> },
              metrics,
            };
            const hist = await runCli(["history", "--json"], { cwd: fx.dir, env: fx.env });
            history = JSON.parse(hist.stdout);
            child.kill("SIGTERM");
          })();
        }
      },
    });
    expect(run.code).toBe(0);
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(scraped?.health.status).toBe(200);
    expect(scraped?.health.body).toMatchObject({
      status: "ok",
      scheduler: "running",
      lastRunOk: true,
      lastRun: { job: "sync", outcome: "ok", exitCode: 0 },
    });
    const m = scraped!.metrics;
    // Runs finished by the scrape (another may have finished while `history` started).
    const scrapedAt = sample(m, "connector_last_run_timestamp_seconds", 'job="sync"');
    const runs = history!.runs.filter((r) => Date.parse(r.finishedAt) / 1000 <= scrapedAt);
    expect(runs).toHaveLength(1);
    const report = runs[0]!;
    expect(sample(m, "connector_runs_total", 'job="sync",outcome="ok"')).toBe(1);
    expect(sample(m, "connector_writes_total", 'job="sync"')).toBe(report.counts.writes);
    expect(report.counts.writes).toBeGreaterThan(0);
    expect(sample(m, "connector_record_failures_total", 'job="sync"')).toBe(report.failures.length);
    for (const api of ["lever", "oomnitza"] as const) {
      expect(sample(m, "connector_api_requests_total", `job="sync",api="${api}"`)).toBe(
        report.requests[api].requests,
      );
      expect(sample(m, "connector_api_rate_limited_total", `job="sync",api="${api}"`)).toBe(
        report.requests[api].rateLimited,
      );
    }
    expect(sample(m, "connector_last_run_duration_seconds", 'job="sync"')).toBeCloseTo(
      report.durationMs / 1000,
      3,
    );
    expect(sample(m, "connector_last_run_timestamp_seconds", 'job="sync"')).toBe(
      Date.parse(report.finishedAt) / 1000,
    );
    expect(m).toMatch(/^connector_scheduler_up 1$/m);
    expect(secretFree([m, JSON.stringify(scraped!.health.body), run.stdout, run.stderr], fx.secrets)).toBe(
      true,
    );
  }, 60_000);

  it("without --yes, a run that would deactivate needs approval: nothing written, the webhook told", async () => {
    const receiver = await startReceiver();
    try {
      expect((await runCli(["sync", "--yes"], { cwd: fx.dir, env: fx.env })).code).toBe(0);
      for (const u of fx.sandbox.lever.state
        .users()
        .filter((x) => x.deactivatedAt === null)
        .slice(0, 2))
        fx.sandbox.lever.state.deactivateUser(u.id);
      fx.writeConfig({
        sync: { schedule: "*/1 * * * * *" },
        notify: [{ url: receiver.url(), format: "slack", on: ["needs-approval"] }],
      } as never);
      const writes = fx.sandbox.oomnitza.stats.writes;
      let signalled = false;
      const run = await runCli(["schedule"], {
        cwd: fx.dir,
        env: fx.env,
        timeoutMs: 45_000,
        onStdout: (out, child) => {
          if (!signalled && / sync: needs approval/.test(out)) {
            signalled = true;
            child.kill("SIGTERM");
          }
        },
      });
      expect(run.stdout + run.stderr).toMatch(
        /sync: needs approval: the plan deactivates 2 SaaS users of "Lever"; nothing was written/,
      );
      expect([run.code, run.signal]).toEqual([0, null]);
      expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
      expect(receiver.received.length).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(receiver.received[0]!.body).text).toMatch(/sync needs approval/);
    } finally {
      await receiver.close();
      fx.writeConfig();
    }
  }, 60_000);
});

describe("one run at a time on a state dir", () => {
  it("two `connector sync` started together: one runs, the other exits 7; no duplicate", async () => {
    const slow = await sandboxFixture({ leverUsers: 30 });
    try {
      slow.writeConfig({ sync: { concurrency: 1 } });
      slow.sandbox.oomnitza.configure({ latencyMs: 30 });
      const [a, b] = await Promise.all(
        [0, 1].map(() => runCli(["sync", "--yes"], { cwd: slow.dir, env: slow.env, timeoutMs: 60_000 })),
      );
      expect([a!.code, b!.code].sort()).toEqual([0, 7]);
      const refused = a!.code === 7 ? a! : b!;
      expect(refused.stderr).toMatch(
        /`connector sync` \(pid \d+ on .*\) is using this state dir: .*connector\.lock is held/,
      );
      expect(slow.sandbox.oomnitza.state.duplicates().clean).toBe(true);
      expect(existsSync(join(slow.dir, ".connector", "connector.lock"))).toBe(false);
    } finally {
      await slow.close();
    }
  }, 90_000);

  it("a lock left by a SIGKILLed run is taken over", async () => {
    const slow = await sandboxFixture({ leverUsers: 30 });
    try {
      slow.writeConfig({ sync: { concurrency: 1 } });
      slow.sandbox.oomnitza.configure({ latencyMs: 30 });
      const lock = join(slow.dir, ".connector", "connector.lock");
      let killedPid = 0;
      const killed = await runCli(["sync", "--yes"], {
        cwd: slow.dir,
        env: slow.env,
        watch: (child) => {
          if (killedPid === 0 && existsSync(lock) && slow.sandbox.oomnitza.stats.writes > 0) {
            killedPid = child.pid ?? -1;
            child.kill("SIGKILL");
          }
        },
      });
      expect(killed.signal).toBe("SIGKILL");
      expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(killedPid);
      slow.sandbox.oomnitza.configure({ latencyMs: 0 });
      const again = await runCli(["sync", "--yes"], { cwd: slow.dir, env: slow.env });
      expect(again.code).toBe(0);
      expect(existsSync(lock)).toBe(false);
      expect(slow.sandbox.oomnitza.state.duplicates().clean).toBe(true);
    } finally {
      await slow.close();
    }
  }, 90_000);
});
