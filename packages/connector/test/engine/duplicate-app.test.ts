import { describe, expect, it } from "vitest";
import { exitCodeFor, prepareWorkflow } from "../../src/index.js";
import { harness } from "./harness.js";

describe("two SaaS apps with the configured name", () => {
  it("sync and workflows refuse, naming both ids, instead of picking one; nothing is written", async () => {
    const h = await harness({
      leverUsers: 12,
      config: {
        workflows: { roles: { type: "saas-user-role" } },
      },
    });
    const a = h.sandbox.oomnitza.state.addSaasApp({ saas_name: "Lever" });
    const b = h.sandbox.oomnitza.state.addSaasApp({ saas_name: "Lever" });
    const writesBefore = h.sandbox.oomnitza.stats.writes;

    const report = await (await h.connector()).sync();
    expect(report.error?.exitCode).toBe(2);
    expect(exitCodeFor(report)).toBe(2);
    expect(report.error?.message).toContain(`saas_id ${a.saas_id} ("Lever"), ${b.saas_id} ("Lever")`);
    expect(report.counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.stats.writes).toBe(writesBefore);

    const refused = await prepareWorkflow(h.config, "roles").catch((e: unknown) => e);
    expect((refused as Error).name).toBe("AmbiguousSaasAppError");
    expect(exitCodeFor(refused)).toBe(2);
    expect((refused as Error).message).toContain(String(b.saas_id));
    expect(h.sandbox.oomnitza.stats.writes).toBe(writesBefore);
  });
});
