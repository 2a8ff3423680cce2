// `connector check --contract` as a user runs it: the built binary against the sandbox and each tenant
// variant; the deviations by JSON path, the exit code, and a report carrying no value from the tenant.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SandboxTenant } from "@lever-oomnitza/sandbox";
import { afterEach, describe, expect, it } from "vitest";
import type { ContractReport } from "../../src/contract/contract-report.js";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

ensureBuilt();

let fx: SandboxFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function start(tenant: SandboxTenant): Promise<SandboxFixture> {
  fx = await sandboxFixture({ tenant, leverUsers: 12, seed: 4, data: { oomnitza: { leverApp: true } } });
  return fx;
}

async function contract(tenant: SandboxTenant) {
  const fx = await start(tenant);
  const run = await runCli(["check", "--contract", "--out", "contract-report.json"], {
    cwd: fx.dir,
    env: fx.env,
  });
  const report = JSON.parse(readFileSync(join(fx.dir, "contract-report.json"), "utf8")) as ContractReport;
  const paths = (operationId: string) =>
    report.calls
      .find((c) => c.service === "oomnitza" && c.operationId === operationId)
      ?.deviations.map((d) => d.path);
  return { run, report, paths, fx };
}

describe("connector check --contract", () => {
  it("the standard sandbox: every call made, no deviation, exit 0", async () => {
    const { run, report } = await contract("standard");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No deviation from the spec.");
    expect(report.ok).toBe(true);
    expect(report.calls.map((c) => `${c.service} ${c.operationId} ${c.status}`)).toEqual([
      "lever listUsers 200",
      "lever getUser 200",
      "lever listTags 200",
      "oomnitza listUsers 200",
      "oomnitza listSaas 200",
      "oomnitza listSaasAssignedUsers 200",
      "oomnitza listSaasUsers 200",
    ]);
    expect(report.calls.flatMap((c) => c.deviations)).toEqual([]);
  });

  it("export-2022: the missing SaaS-user fields by path, what the connector does, exit 1; a redacted report", async () => {
    const { run, report, paths, fx } = await contract("export-2022");
    expect(run.code).toBe(1);
    for (const op of ["listSaasAssignedUsers", "listSaasUsers"])
      expect(paths(op)).toEqual(
        expect.arrayContaining([
          "headers.X-Total-Count",
          "$[*].saas_user_id",
          "$[*].saas_id",
          "$[*].status",
          "$[*].roles",
        ]),
      );
    expect(run.stdout).toMatch(
      /\$\[\*\]\.status is required → degraded: SaaS-user deactivation and reactivation \(refused with an error naming status/,
    );
    expect(run.stdout).toMatch(
      /\$\[\*\]\.roles must be array → works \(one role object is read as a one-item list\)/,
    );
    // Shapes and types only: no seeded email, name or id, and neither secret.
    const text = readFileSync(join(fx.dir, "contract-report.json"), "utf8");
    const seeded = [
      ...fx.sandbox.lever.state.users().flatMap((u) => [u.email, u.id, u.name]),
      ...fx.sandbox.oomnitza.state.users().flatMap((u) => [String(u.email), String(u.user_id)]),
    ];
    expect(seeded.filter((v) => text.includes(v))).toEqual([]);
    expect(secretFree([text, run.stdout, run.stderr], fx.secrets)).toBe(true);
    expect(report.calls.find((c) => c.operationId === "listSaasAssignedUsers")?.body).toMatchObject({
      array: { object: { email: "string", user_id: "string" } },
    });
  });

  it("export-2022: `connector sync` goes on and prints the refused deactivation loudly, naming status", async () => {
    const fx = await start("export-2022");
    const sync = await runCli(["sync"], { cwd: fx.dir, env: fx.env });
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(
      /⚠ Degraded: \d+ of \d+ SaaS users have no status .* \(field: status\) Fix: deactivate or reactivate these SaaS users in Oomnitza/,
    );
    expect(sync.stdout).toMatch(/People +\d+ created/);
  });

  it("ignore-paging: a SaaS-user page longer than the limit, by path; the listing refuses", async () => {
    const { run, paths, report } = await contract("ignore-paging");
    expect(run.code).toBe(1);
    expect(paths("listSaasAssignedUsers")).toEqual(["headers.X-Total-Count", "$"]);
    const bad = report.calls.flatMap((c) => c.deviations).find((d) => d.path === "$");
    expect(bad).toMatchObject({ effect: "refuses", feature: "SaaS-user sync", breaks: true });
    expect(run.stdout).toMatch(/\$ more records than the limit asked for → refuses: SaaS-user sync/);
  });

  it("cap-100: no X-Total-Count on any Oomnitza list; handled (works), exit 0", async () => {
    const { run, paths, report } = await contract("cap-100");
    for (const op of ["listUsers", "listSaas", "listSaasAssignedUsers", "listSaasUsers"])
      expect(paths(op)).toEqual(["headers.X-Total-Count"]);
    expect(report.calls.flatMap((c) => c.deviations).every((d) => d.effect === "works")).toBe(true);
    expect(run.stdout).toMatch(
      /headers\.X-Total-Count is missing → works \(without a total, paging asks once more/,
    );
    expect(run.code).toBe(0);
  });
});
