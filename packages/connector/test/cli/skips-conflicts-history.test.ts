// What a sync or plan tells a reviewer about records it does not simply write: conflicts found when a
// saved plan is applied, skips with their reasons, planned deactivations by email, and which command
// each past run was in `history`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: fx.env });
  outputs.push(run);
  return run;
}

const WORKFLOWS = { roles: { type: "saas-user-role", trigger: { schedule: "0 3 * * *" } } };

/** Active Lever users that have an Oomnitza person with the same email. */
function synced(n: number) {
  return fx.sandbox.lever.state
    .users()
    .filter((u) => u.deactivatedAt === null)
    .slice(0, n)
    .map((u) => {
      const person = fx.sandbox.oomnitza.state.findUsers("email", u.email.toLowerCase())[0];
      if (!person) throw new Error(`no Oomnitza person for ${u.email}`);
      return { lever: u, personId: String(person.user_id), email: u.email.toLowerCase() };
    });
}

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 10 });
  fx.writeConfig({ saas: { maxDeactivations: 50 }, workflows: WORKFLOWS });
  const first = await cli(["sync", "--yes"]);
  if (first.code !== 0) throw new Error(`first sync failed: ${first.stderr}`);
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("a saved plan applied after a record changed", () => {
  it("lists the changed record as a conflict with 'changed since plan', and applies the rest", async () => {
    const [a, b] = synced(2);
    if (!a || !b) throw new Error("need two synced users");
    for (const x of [a, b]) fx.sandbox.oomnitza.state.updateUser(x.personId, { last_name: "Stale" });
    const planned = await cli(["plan", "--out", "plan.json"]);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^Update \(2\)$/m);
    // Someone edits a's person in Oomnitza between review and apply.
    fx.sandbox.oomnitza.state.updateUser(a.personId, { last_name: "EditedByHand" });
    const run = await cli(["sync", "--plan", "plan.json", "--yes"]);
    expect(run.stdout).toMatch(/^ {2}People {6}0 created · 1 updated · .* 1 conflicts · 0 failed$/m);
    expect(run.stdout).toMatch(/^Skipped or conflicting \(1\)$/m);
    expect(run.stdout).toContain(
      `  - update [conflict] ${a.email}: changed since plan: last_name is now "EditedByHand"`,
    );
    expect(fx.sandbox.oomnitza.state.getUser(a.personId)?.last_name).toBe("EditedByHand");
    expect(fx.sandbox.oomnitza.state.getUser(b.personId)?.last_name).not.toBe("Stale");
  });
});

describe("skips with their reasons", () => {
  it("a create-only sync lists each update it leaves alone, with the reason", async () => {
    const [c] = synced(1);
    if (!c) throw new Error("need a synced user");
    fx.sandbox.oomnitza.state.updateUser(c.personId, { first_name: "Old" });
    fx.writeConfig({
      saas: { maxDeactivations: 50 },
      workflows: WORKFLOWS,
      sync: { preference: "create-only" },
    });
    const run = await cli(["sync", "--yes"]);
    fx.writeConfig({ saas: { maxDeactivations: 50 }, workflows: WORKFLOWS });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Skipped or conflicting \(\d+\)$/m);
    expect(run.stdout).toMatch(new RegExp(`^ {2}- skip \\[preference\\] ${c.email}: \\S.*$`, "m"));
    expect(fx.sandbox.oomnitza.state.getUser(c.personId)?.first_name).toBe("Old");
  });
});

describe("plan with SaaS deactivations", () => {
  it("lists each planned deactivation by email, with the Lever id and the reason", async () => {
    const leavers = synced(2).map((x) => x.lever);
    for (const u of leavers) fx.sandbox.lever.state.deactivateUser(u.id);
    const run = await cli(["plan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}deactivate: 2$/m);
    for (const u of leavers) {
      expect(run.stdout).toContain(`    - ${u.email.toLowerCase()} (Lever ${u.id}) [lever-deactivated]`);
    }
    expect(run.stdout).toMatch(/^ {2}safety: 2 of at most \d+ deactivations/m);
  });
});

describe("history", () => {
  it("has a command column telling sync, sync --plan and workflow runs apart", async () => {
    const wf = await cli(["workflow", "run", "roles", "--yes"]);
    expect(wf.code).toBe(0);
    const run = await cli(["history"]);
    expect(run.code).toBe(0);
    const [header, ...rest] = run.stdout.split("\n");
    const rows = rest.slice(0, rest.indexOf(""));
    expect(header).toMatch(/^started \(UTC\)\s+run\s+outcome\s+command\s+created/);
    const commandAt = header?.indexOf("command") ?? -1;
    const commands = rows.map((r) => r.slice(commandAt).split(/\s{2,}/)[0]);
    // Newest first: the workflow, the create-only sync, the saved plan, the first sync.
    expect(commands).toEqual(["workflow roles", "sync", "sync --plan", "sync"]);
  });

  it("names what its counting columns count, and the writes column is the report's writes", async () => {
    const run = await cli(["history"]);
    const [header, ...rest] = run.stdout.split("\n");
    expect(header).toMatch(/\s+saas changes\s+writes\s+requests\s+duration$/);
    expect(run.stdout).toMatch(/^saas changes: one per SaaS user and action .* writes: write requests sent/m);
    const rows = rest.slice(0, rest.indexOf(""));
    const reports = JSON.parse((await cli(["history", "--json"])).stdout).runs as Array<{
      counts: { writes: number; saas: Record<string, number> };
      requests: { lever: { requests: number }; oomnitza: { requests: number } };
    }>;
    // The first sync's batched SaaS calls change more users than they are requests: both are shown, named.
    const first = reports.at(-1);
    const { failed: _failed, ...saas } = first?.counts.saas ?? {};
    const changes = Object.values(saas).reduce((a, b) => a + b, 0);
    expect(changes).toBeGreaterThan(first?.counts.writes ?? 0);
    rows.forEach((row, i) => {
      const [saasChanges, writes, requests] = row
        .trim()
        .split(/\s{2,}/)
        .slice(-4, -1)
        .map(Number);
      const r = reports[i]!;
      const { failed: _f, ...counted } = r.counts.saas;
      expect(saasChanges).toBe(Object.values(counted).reduce((a, b) => a + b, 0));
      expect(writes).toBe(r.counts.writes);
      expect(requests).toBe(r.requests.lever.requests + r.requests.oomnitza.requests);
      expect(writes).toBeLessThanOrEqual(requests!);
    });
  });
});

it("no secret in any output", () => {
  expect(
    secretFree(
      outputs.flatMap((o) => [o.stdout, o.stderr]),
      fx.secrets,
    ),
  ).toBe(true);
});
