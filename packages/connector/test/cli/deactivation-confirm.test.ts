// `connector sync` when the plan deactivates SaaS users: refused off a terminal without --yes,
// asked on a terminal (y applies, n or Ctrl-C cancels: exit 6), applied with --yes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { hasScript, runInTty, type TtyRun, ttyTitle } from "./run-in-tty.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const texts: string[] = [];
let fx: SandboxFixture;

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: fx.env });
  texts.push(run.stdout, run.stderr);
  return run;
}

async function tty(args: string[], answer?: string): Promise<TtyRun> {
  const run = await runInTty(args, {
    cwd: fx.dir,
    env: { ...fx.env, NO_COLOR: "1" },
    ...(answer === undefined ? {} : { answer: { when: /Continue\? \[y\/N\] /, text: answer } }),
  });
  texts.push(run.output);
  return run;
}

/** Seats of the synced app still active in Oomnitza. */
const activeSeats = () => fx.sandbox.oomnitza.state.saasUsers().filter((s) => s.status === "active").length;

/** Deactivates `n` more active Lever users, so the next plan deactivates their seats. */
function leave(n: number): string[] {
  const leavers = fx.sandbox.lever.state
    .users()
    .filter((u) => u.deactivatedAt === null)
    .slice(0, n);
  for (const u of leavers) fx.sandbox.lever.state.deactivateUser(u.id);
  return leavers.map((u) => u.email.toLowerCase());
}

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 12 });
  fx.writeConfig({ saas: { maxDeactivations: 50 } });
  const first = await cli(["sync", "--yes"]);
  if (first.code !== 0) throw new Error(`first sync failed: ${first.stderr}`);
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("sync with planned SaaS deactivations", () => {
  it("off a terminal without --yes: refuses (exit 2), says why and how, writes nothing", async () => {
    leave(2);
    const writes = fx.sandbox.oomnitza.stats.writes;
    const before = activeSeats();
    const run = await cli(["sync"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Error: The plan deactivates 2 SaaS users of "Lever".*not a terminal/m);
    expect(run.stderr).toMatch(/^Fix: .*--yes/m);
    expect(run.stdout).toBe("");
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
    expect(activeSeats()).toBe(before);
  });

  it.skipIf(!hasScript)(
    ttyTitle(`on a terminal, "n" is a cancellation: its own message, exit 6, nothing written`),
    async () => {
      const writes = fx.sandbox.oomnitza.stats.writes;
      const run = await tty(["sync"], "n\n");
      expect(run.output).toMatch(/The plan deactivates 2 SaaS users of "Lever"\. Continue\? \[y\/N\]/);
      expect(run.code).toBe(6);
      expect(run.output).toMatch(/Cancelled: nothing was written\.\r?$/m);
      // A choice, not an error: no "Error:" paragraph and no "Fix: Pass --yes".
      expect(run.output).not.toMatch(/Error:|Fix:/);
      expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
    },
  );

  it.skipIf(!hasScript)(ttyTitle("on a terminal, Ctrl-C at the prompt cancels the same way"), async () => {
    const writes = fx.sandbox.oomnitza.stats.writes;
    const run = await tty(["sync"], "\u0003");
    expect(run.code).toBe(6);
    expect(run.output).toMatch(/Cancelled: nothing was written\.\r?$/m);
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
  });

  it.skipIf(!hasScript)(ttyTitle(`on a terminal, "y" applies the deactivations`), async () => {
    const before = activeSeats();
    const run = await tty(["sync"], "y\n");
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/Continue\? \[y\/N\]/);
    expect(run.output).toMatch(/SaaS users .* 2 deactivated/);
    expect(activeSeats()).toBe(before - 2);
  });

  it("off a terminal with --yes: deactivates without asking (exit 0)", async () => {
    leave(1);
    const before = activeSeats();
    const run = await cli(["sync", "--yes", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/Continue\?/);
    expect(JSON.parse(run.stdout).counts.saas.deactivate).toBe(1);
    expect(activeSeats()).toBe(before - 1);
  });

  it("a dry run with deactivations needs no --yes and writes nothing", async () => {
    leave(1);
    const writes = fx.sandbox.oomnitza.stats.writes;
    const run = await cli(["sync", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/deactivate 1\b/);
    expect(fx.sandbox.oomnitza.stats.writes).toBe(writes);
  });

  it("leaks no secret in any output", () => {
    expect(texts.length).toBeGreaterThan(8);
    expect(secretFree(texts, fx.secrets)).toBe(true);
  });
});
