import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduledWorkflowJobs } from "../../src/cli/commands/scheduled-workflow-jobs.js";
import { createStyle } from "../../src/cli/create-style.js";
import { loadConfig } from "../../src/config/load-config.js";
import { startTenant, type Tenant } from "../workflows/sandbox-tenant.js";

describe("scheduledWorkflowJobs (what `connector schedule` runs)", () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await startTenant(8, 2);
  });
  afterAll(() => t.sandbox.close());

  it("gives scheduled workflows their own cron job and runs the others after each sync", async () => {
    const config = await t.config({
      roles: { type: "saas-user-role", trigger: "after-sync" },
      nightly: { type: "saas-user-role", trigger: { schedule: "0 3 * * *" } },
      events: { type: "lever-deactivate-users", trigger: "saas-user-deactivated" },
    });
    const { jobs, afterSync } = scheduledWorkflowJobs(config, { style: createStyle(false, {}) });
    const recorded: string[] = [];
    const record = async (job: string) => {
      recorded.push(job);
    };
    expect(jobs.map((j) => [j.name, j.pattern, j.configPath])).toEqual([
      ["workflow nightly", "0 3 * * *", "workflows.nightly.trigger.schedule"],
    ]);
    const lines = await afterSync(record, config);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^workflow roles: ok \(exit 0\) in .*: \d+ roles written, 0 SaaS users deactivated/,
    );
    expect(lines[1]).toMatch(/^workflow events: ok \(exit 0\).*\(baseline recorded\)/);
    expect(await jobs[0]!.run(new AbortController().signal, record, config)).toMatch(
      /^ok \(exit 0\).*0 roles written/,
    );
    // Every run report reaches the scheduler's metrics and notifications.
    expect(recorded).toEqual(["workflow roles", "workflow events", "workflow nightly"]);
  });
});

describe("loadConfig validates workflows: with the rest of the config", () => {
  it("names the workflow field and the fix, before any network call", async () => {
    const bad = {
      lever: { apiKey: "k" },
      oomnitza: { baseUrl: "https://acme.oomnitza.com", token: "t" },
      workflows: { off: { type: "lever-deactivate-users", trigger: { schedule: "sometimes" } } },
    };
    await expect(loadConfig(bad, { env: {} })).rejects.toThrow(/workflows\.off\.trigger/);
    await expect(loadConfig(bad, { env: {} })).rejects.toThrow(/workflows\.off\.rule: rule is required/);
  });
});
