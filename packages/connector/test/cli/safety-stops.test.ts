// The safety promises where users meet them: the built binary against a 250-user sandbox.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(...args: string[]): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: fx.env, timeoutMs: 60_000 });
  outputs.push(run);
  return run;
}
const writes = () => fx.sandbox.oomnitza.stats.writes;

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 250 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("connector sync against the 250-user sandbox", () => {
  it("re-applying an applied saved plan makes zero writes", async () => {
    expect((await cli("plan", "--out", "plan.json")).code).toBe(0);
    const before = writes();
    const applied = await cli("sync", "--plan", "plan.json", "--yes", "--json");
    expect(applied.code, applied.stderr).toBe(0);
    expect(writes() - before).toBeGreaterThan(200);
    const between = writes();
    const again = await cli("sync", "--plan", "plan.json", "--yes", "--json");
    expect(again.code, again.stderr).toBe(0);
    expect(writes() - between).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.counts.writes).toBe(0);
    expect(report.counts.saas.inPlace).toBeGreaterThan(200);
  }, 120_000);

  it("an edited saved plan is refused with exit 2, naming the action, and nothing is written", async () => {
    fx.sandbox.lever.state.addUser({ name: "New Hire", email: "new.hire@acme.example" });
    expect((await cli("plan", "--out", "edited.json")).code).toBe(0);
    const path = join(fx.dir, "edited.json");
    const plan = JSON.parse(readFileSync(path, "utf8"));
    const create = plan.users.find((a: { action: string }) => a.action === "create");
    create.record.role = 1;
    writeFileSync(path, JSON.stringify(plan));
    const before = writes();
    const run = await cli("sync", "--plan", "edited.json", "--yes");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `create of Lever user ${create.leverId}: role 1 is not what the config plans`,
    );
    expect(run.stderr).toContain("connector plan --out plan.json");
    expect(writes()).toBe(before);
  }, 60_000);

  it("a sync that would rename everyone stops with exit 4, naming the fields; a raised sync.maxUpdates lets it through", async () => {
    for (const u of fx.sandbox.lever.state.users()) fx.sandbox.lever.state.updateUser(u.id, { name: "X" });
    const before = writes();
    const stopped = await cli("sync", "--yes");
    expect(stopped.code).toBe(4);
    expect(stopped.stdout).toMatch(
      /Update safety stop: \d+ of \d+ matched people would be updated, limit \d+ \(sync\.maxUpdates 20%\)/,
    );
    expect(stopped.stdout).toMatch(/first_name for \d+/);
    expect(writes()).toBe(before);
    fx.writeConfig({ sync: { records: "users-and-saas-users", maxUpdates: "100%" } });
    const allowed = await cli("sync", "--yes");
    fx.writeConfig();
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(writes()).toBeGreaterThan(before);
  }, 60_000);

  it("workflow rules with unknown fields or roles, or an assigned trigger without a rule, are config errors (exit 2)", async () => {
    fx.writeConfig({
      workflows: {
        offboard: {
          type: "lever-deactivate-users",
          rule: {
            any: [
              { field: "user.suspnded", op: "ne", value: true },
              { field: "last_vist", op: "missing" },
            ],
          },
          trigger: { schedule: "0 4 * * *" },
          exempt: { roles: ["super-admin"] },
        },
      },
    });
    const before = writes();
    const misnamed = await cli("workflow", "plan", "offboard");
    expect(misnamed.code).toBe(2);
    expect(misnamed.stderr).toContain('did you mean "user.suspended"?');
    expect(misnamed.stderr).toContain('did you mean "last_visit"?');
    expect(misnamed.stderr).toContain('did you mean "super admin"?');
    fx.writeConfig({
      workflows: { assigned: { type: "lever-deactivate-users", trigger: "saas-user-assigned" } },
    });
    const ruleless = await cli("workflow", "plan", "assigned");
    fx.writeConfig();
    expect(ruleless.code).toBe(2);
    expect(ruleless.stderr).toMatch(
      /workflows\.assigned\.rule: rule is required for the saas-user-assigned trigger/,
    );
    expect(writes()).toBe(before);
  }, 60_000);

  it("two SaaS apps with the configured name stop the sync with exit 2, naming both ids", async () => {
    const dup = fx.sandbox.oomnitza.state.addSaasApp({ saas_name: "Lever" });
    const run = await cli("sync", "--yes");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `2 SaaS applications in Oomnitza are named "Lever" \\(saas_id \\d+ \\("Lever"\\), ${dup.saas_id}`,
      ),
    );
  }, 60_000);

  it("leaks no secret in any output", () => {
    expect(
      secretFree(
        outputs.flatMap((o) => [o.stdout, o.stderr]),
        fx.secrets,
      ),
    ).toBe(true);
  });
});
