import { describe, expect, it } from "vitest";
import { createStyle } from "../../../src/cli/create-style.js";
import { formatReport } from "../../../src/cli/format/format-report.js";
import { harness } from "../../engine/harness.js";

const style = createStyle(false, {});

describe("formatReport of a dry run", () => {
  it("shows planned deactivations as blocked when the safety stop trips, and as planned otherwise", async () => {
    const h = await harness({ leverUsers: 40 });
    await (await h.connector()).sync();
    for (const user of h.sandbox.lever.state.users().slice(0, 6)) h.sandbox.lever.state.removeUser(user.id);

    const tripped = await (await h.connector({ saas: { maxDeactivations: 2 } })).sync({ dryRun: true });
    const trippedText = formatReport(tripped, style).join("\n");
    const planned = tripped.safety?.planned ?? 0;
    expect(planned).toBeGreaterThan(2);
    expect(trippedText).toContain(`deactivate 0 (${planned} blocked)`);
    expect(trippedText).toContain(`Safety stop: ${planned} deactivations planned, limit 2`);

    const allowed = await (await h.connector({ saas: { maxDeactivations: 10 } })).sync({ dryRun: true });
    const allowedText = formatReport(allowed, style).join("\n");
    expect(allowedText).toContain(`deactivate ${planned}`);
    expect(allowedText).not.toContain("blocked");
    expect(h.sandbox.oomnitza.state.saasUsers().filter((s) => s.status === "deactivated")).toEqual([]);
  });
});
