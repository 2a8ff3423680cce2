import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "@lever-oomnitza/sandbox";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { runCli } from "./run-cli.js";
import { secretFree } from "./sandbox-fixture.js";

const USERS = 40;
let secrets: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
  // The demo's sandbox is seeded, so the same options give the same throwaway credentials: learn them.
  const twin = await startSandbox({ leverUsers: USERS });
  secrets = [twin.lever.credentials.apiKey, twin.oomnitza.credentials.token];
  await twin.close();
}, 180_000);

describe("connector demo", () => {
  it("--json: one document; creates on the first sync, zero writes on the second; exit 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "connector-demo-test-"));
    const run = await runCli(["demo", "--users", String(USERS), "--json", "--report", "demo.html"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.check.ok).toBe(true);
    expect(doc.runs).toHaveLength(2);
    expect(doc.runs[0].counts.users.create).toBeGreaterThan(0);
    expect(doc.runs[0].counts.saas.assign).toBeGreaterThan(0);
    expect(doc.runs[1].counts.writes).toBe(0);
    expect(doc.runs[1].counts.users.unchanged).toBe(
      doc.runs[0].counts.users.create + doc.runs[0].counts.users.update + doc.runs[0].counts.users.unchanged,
    );
    expect(secretFree([run.stdout, run.stderr], secrets)).toBe(true);
    // The report of both runs outlives the demo's temp folder.
    expect(doc.reportPath).toBe(join(dir, "demo.html"));
    const page = readFileSync(doc.reportPath, "utf8");
    expect(page).toContain(`data-kpi="last-sync-writes"><div class="kpi-value">0<`);
    expect(page.match(/<tr><td>\d{4}-\d\d-\d\d [^<]*<\/td><td>sync<\/td>/g)).toHaveLength(2);
    expect(secretFree([page], secrets)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the side-by-side table and says the rerun wrote nothing", async () => {
    const run = await runCli(["demo", "--users", String(USERS)], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+sync 1\s+sync 2$/m);
    expect(run.stdout).toMatch(/People created\s+[1-9]\d*\s+0$/m);
    expect(run.stdout).toMatch(/Writes\s+[1-9]\d*\s+0$/m);
    expect(run.stdout).toContain("The second sync made no writes");
    expect(run.stdout).toMatch(/Report of both runs: \S+lever-oomnitza-demo-report\.html/);
    expect(run.stdout).not.toContain("\u001b["); // NO_COLOR and not a TTY: plain text
    expect(secretFree([run.stdout, run.stderr], secrets)).toBe(true);
  });
});
