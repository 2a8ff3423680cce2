// `connector workflow …` in-process (main with captured streams) against the sandbox over real HTTP.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { DAY_S, nowS, startTenant, type Tenant } from "../workflows/sandbox-tenant.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let t: Tenant;
let configPath: string;
let stale: string;

async function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

/** `answer`: run as on a terminal and type it once the confirmation prompt shows. */
async function cliWith(o: { answer?: string }, ...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const tty = o.answer !== undefined;
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  // A stream (readline listens on it on a terminal) that types the answer once the prompt shows.
  const err = Object.assign(new PassThrough(), { isTTY: tty });
  err.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (tty && /Continue\? \[y\/N\] $/.test(stderr)) stdin.write(o.answer);
  });
  const code = await main(["node", "connector", "--config", configPath, ...args], "0.0.0-test", {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: err,
    stdin,
    env: { NO_COLOR: "1" },
    cwd: t.stateDir,
  });
  return { code, stdout, stderr };
}

function expectNoSecret(run: Run): void {
  for (const secret of [t.sandbox.lever.credentials.apiKey, t.sandbox.oomnitza.credentials.token]) {
    expect(run.stdout + run.stderr).not.toContain(String(secret));
  }
}

beforeAll(async () => {
  t = await startTenant(12, 3);
  stale = t.sandbox.lever.state
    .users()
    .find((u) => u.deactivatedAt === null && u.accessRole !== "super admin")!.id;
  t.sandbox.oomnitza.state.updateSaasUser(t.seatOf.get(stale)!, { last_visit: nowS - 500 * DAY_S });
  const offboard = {
    type: "lever-deactivate-users",
    rule: { field: "last_visit", op: "olderThan", value: "365d" },
    trigger: { schedule: "0 4 * * *" },
    maxDeactivations: 5,
  };
  configPath = join(t.stateDir, "connector.config.json");
  await writeFile(
    configPath,
    JSON.stringify(
      t.configObject({
        "lever-roles": { type: "saas-user-role", deactivateMissing: true, trigger: "after-sync" },
        "offboard-lever": offboard,
        "offboard-strict": { ...offboard, maxDeactivations: 0 },
      }),
    ),
  );
});
afterAll(() => t.sandbox.close());

describe("connector workflow", () => {
  it("--help says plainly that Lever has no delete and lists the exit codes", async () => {
    for (const args of [
      ["workflow", "--help"],
      ["workflow", "run", "--help"],
    ]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      // commander wraps help text at 80 columns
      expect(run.stdout.replace(/\s+/g, " ")).toMatch(
        /Lever.s API has no delete: offboarding a Lever user means deactivating it/,
      );
      expect(run.stdout).toMatch(/4 {2}safety threshold tripped/);
    }
  });

  it("list --json names every workflow with its trigger", async () => {
    const run = await cli("workflow", "list", "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { workflows: { name: string; trigger: string }[] };
    expect(doc.workflows.map((w) => [w.name, w.trigger])).toEqual([
      ["lever-roles", "after-sync"],
      ["offboard-lever", "schedule 0 4 * * *"],
      ["offboard-strict", "schedule 0 4 * * *"],
    ]);
  });

  it("plan shows who would be deactivated and why, and writes nothing", async () => {
    const human = await cli("workflow", "plan", "offboard-lever");
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/because last_visit olderThan 365d/);
    const run = await cli("workflow", "plan", "offboard-lever", "--json");
    const plan = JSON.parse(run.stdout);
    expect(plan.deactivations.map((d: { leverUserId: string }) => d.leverUserId)).toEqual([stale]);
    expect(t.sandbox.lever.state.get(stale)?.deactivatedAt).toBeNull();
    expectNoSecret(run);
  });

  it("run without --yes off a terminal refuses (exit 2) and writes nothing", async () => {
    const run = await cli("workflow", "run", "offboard-lever");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a terminal.*Nothing was written/s);
    expect(t.sandbox.lever.state.get(stale)?.deactivatedAt).toBeNull();
  });

  it('on a terminal, "n" cancels like sync\'s prompt: exit 6, no error paragraph, nothing written', async () => {
    const run = await cliWith({ answer: "n\n" }, "workflow", "run", "offboard-lever");
    expect(run.stderr).toMatch(/Workflow offboard-lever deactivates 1 user\. Continue\? \[y\/N\]/);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/Cancelled: nothing was written\.$/m);
    expect(run.stderr).not.toMatch(/Error:|Fix:/);
    expect(t.sandbox.lever.state.get(stale)?.deactivatedAt).toBeNull();
  });

  it("over maxDeactivations exits 4 with nothing done", async () => {
    const run = await cli("workflow", "run", "offboard-strict", "--yes", "--json");
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stdout).outcome).toBe("safety-tripped");
    expect(t.sandbox.lever.state.get(stale)?.deactivatedAt).toBeNull();
  });

  it("run --yes --json deactivates, prints the report (no secret) and exits 0; history lists it", async () => {
    const run = await cli("workflow", "run", "offboard-lever", "--yes", "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.command).toBe("workflow");
    expect(report.workflow.deactivations[0]).toMatchObject({
      leverUserId: stale,
      lever: "deactivated",
      oomnitza: "deactivated",
    });
    expect(t.sandbox.lever.state.get(stale)?.deactivatedAt).not.toBeNull();
    expectNoSecret(run);
    const history = JSON.parse((await cli("history", "--json")).stdout) as { runs: { runId: string }[] };
    expect(history.runs.map((r) => r.runId)).toContain(report.runId);
  });

  it("run of the role workflow exits 0 and prints a summary", async () => {
    const run = await cli("workflow", "run", "lever-roles", "--yes");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Workflow lever-roles: ok/);
    expect(run.stdout).toMatch(/roles written: \d+/);
  });

  it("an unknown workflow is a usage error naming the ones that exist", async () => {
    const run = await cli("workflow", "plan", "nope");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no workflow named "nope".*lever-roles, offboard-lever, offboard-strict/s);
  });
});
