import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

let fx: SandboxFixture;

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 20 });
  fx.writeConfig({ sync: { schedule: "*/1 * * * * *" } }); // croner's six-field form: every second
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

const finished = (out: string) =>
  out.match(/^\S+ sync: (ok|failures|safety stop|interrupted|error)\b.*$/gm) ?? [];

describe("connector schedule", () => {
  it("prints the next run, runs twice, one at a time, and stops cleanly on SIGTERM", async () => {
    let signalled = false;
    const run = await runCli(["schedule"], {
      cwd: fx.dir,
      env: fx.env,
      timeoutMs: 20_000,
      onStdout: (out, child) => {
        if (!signalled && finished(out).length >= 2) {
          signalled = true;
          child.kill("SIGTERM");
        }
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Scheduled sync on "\*\/1 \* \* \* \* \*"; next run \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.$/m,
    );
    const runs = finished(run.stdout);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[0]).toMatch(/ok \(exit 0\).* [1-9]\d* writes/);
    expect(runs[1]).toMatch(/ok \(exit 0\).* 0 writes/);
    // One at a time: every "started" is followed by its result before the next "started".
    const events = run.stdout.match(/sync: (started|ok|failures|error|interrupted)/g) ?? [];
    expect(events.map((e) => e.endsWith("started"))).toEqual(events.map((_e, i) => i % 2 === 0));
    expect(run.stdout.trimEnd().endsWith("Stopped.")).toBe(true);
    expect(secretFree([run.stdout, run.stderr], fx.secrets)).toBe(true);

    const history = await runCli(["history", "--json"], { cwd: fx.dir, env: fx.env });
    expect(JSON.parse(history.stdout).runs.length).toBe(runs.length);
  });

  it("rejects an invalid sync.schedule with exit 2, naming the setting", async () => {
    fx.writeConfig({ sync: { schedule: "every night" } });
    const run = await runCli(["schedule"], { cwd: fx.dir, env: fx.env });
    fx.writeConfig({ sync: { schedule: "*/1 * * * * *" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("sync.schedule: is not a cron expression.");
    expect(run.stderr).toContain('"0 2 * * *" is 02:00 every day');
  });
});

describe("connector schedule, stopped mid-run", () => {
  it("finishes the writes in flight, writes the report, then exits 0", async () => {
    const slow = await sandboxFixture({ leverUsers: 40 });
    try {
      slow.writeConfig({ sync: { schedule: "*/1 * * * * *", concurrency: 1 } });
      slow.sandbox.oomnitza.configure({ latencyMs: 40 });
      const people = slow.sandbox.oomnitza.state.users().length;
      let signalled = false;
      const run = await runCli(["schedule"], {
        cwd: slow.dir,
        env: slow.env,
        timeoutMs: 20_000,
        onStdout: (out, child) => {
          if (!signalled && / sync: started$/m.test(out)) {
            signalled = true;
            setTimeout(() => child.kill("SIGTERM"), 300);
          }
        },
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/ sync: interrupted \(exit 1\)/);
      expect(run.stdout.trimEnd().endsWith("Stopped.")).toBe(true);
      const history = await runCli(["history", "--json"], { cwd: slow.dir, env: slow.env });
      const [report] = JSON.parse(history.stdout).runs;
      expect(report.interrupted).toBe(true);
      expect(report.counts.writes).toBeGreaterThan(0);
      // Every create that was started was finished and counted: no write lost, none half-done.
      expect(report.counts.users.create).toBeGreaterThan(0);
      expect(slow.sandbox.oomnitza.state.users().length).toBe(people + report.counts.users.create);
    } finally {
      await slow.close();
    }
  });
});
