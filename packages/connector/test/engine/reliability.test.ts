import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor, PlanError } from "../../src/index.js";
import { harness, leverSaasUsers, peopleByLeverId } from "./harness.js";

describe("reliability on the sandbox", () => {
  it("write-then-fail and 5xx faults leave no duplicate; the next runs converge to zero writes", async () => {
    const h = await harness({ leverUsers: 50, seed: 3 });
    h.sandbox.oomnitza.configure({ writeThenFailRate: 0.25, errorRate: 0.05 });
    const first = await (await h.connector()).sync();
    expect(h.sandbox.oomnitza.stats.faults.writeThenFail).toBeGreaterThan(0);
    expect(h.sandbox.oomnitza.state.duplicates()).toMatchObject({ clean: true });
    // Every create whose outcome was unknown was resolved by a lookup, not by a blind retry.
    expect(h.sandbox.oomnitza.stats.byRoute["GET /api/v3/users"]).toBeGreaterThan(1);

    h.sandbox.oomnitza.configure({ writeThenFailRate: 0, errorRate: 0 });
    const second = await (await h.connector()).sync();
    expect(second.failures).toEqual([]);
    expect(second.counts.users.create).toBeLessThanOrEqual(first.counts.users.failed);
    const third = await (await h.connector()).sync();
    expect(third.counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);
    const leverIds = [...peopleByLeverId(h.sandbox).keys()];
    expect(new Set(leverIds).size).toBe(leverIds.length);
    const seats = leverSaasUsers(h.sandbox);
    expect(new Set(seats.map((s) => s.user_id)).size).toBe(seats.length);
  });

  it("converges under faults on both servers at once (5xx, resets, malformed bodies, write-then-fail)", async () => {
    const h = await harness({ leverUsers: 60, seed: 5 });
    const faults = { errorRate: 0.1, resetRate: 0.02, malformedRate: 0.02, writeThenFailRate: 0.02 };
    h.sandbox.lever.configure(faults);
    h.sandbox.oomnitza.configure(faults);
    let report = await (await h.connector()).sync();
    if (report.outcome !== "ok") report = await (await h.connector()).sync();
    expect(report.error).toBeUndefined();
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);

    h.sandbox.lever.configure({ errorRate: 0, resetRate: 0, malformedRate: 0, writeThenFailRate: 0 });
    h.sandbox.oomnitza.configure({ errorRate: 0, resetRate: 0, malformedRate: 0, writeThenFailRate: 0 });
    const clean = await (await h.connector()).sync();
    expect(clean.counts.writes).toBe(0);
    expect(clean.counts.users.unchanged).toBe(h.sandbox.lever.state.users().length);
  });

  it("an apply interrupted mid-way stops scheduling writes, reports it, and the rerun converges", async () => {
    const h = await harness({ leverUsers: 60 });
    const abort = new AbortController();
    const connector = await h.connector(undefined, {
      onProgress: (e) => {
        if (e.phase === "apply" && e.done >= 10) abort.abort();
      },
    });
    const cut = await connector.sync({ signal: abort.signal });
    expect(cut.interrupted).toBe(true);
    expect(cut.outcome).toBe("interrupted");
    expect(exitCodeFor(cut)).toBe(1);
    expect(cut.counts.users.create).toBeLessThan(cut.planned?.users.create ?? 0);
    expect(cut.counts.saas.assign).toBe(0);

    const rerun = await (await h.connector()).sync();
    expect(rerun.outcome).toBe("ok");
    expect(rerun.counts.users.create).toBe((cut.planned?.users.create ?? 0) - cut.counts.users.create);
    expect((await (await h.connector()).sync()).counts.writes).toBe(0);
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);
  });

  it("applies a saved plan exactly, refuses it against another config, and skips records changed since", async () => {
    const h = await harness({ leverUsers: 30 });
    const connector = await h.connector();
    const plan = JSON.parse(JSON.stringify(await connector.plan()));
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);

    const other = await h.connector({ sync: { preference: "create-only" } });
    await expect(other.apply(plan)).rejects.toBeInstanceOf(PlanError);
    await expect(other.apply(plan)).rejects.toMatchObject({ code: "plan-config-mismatch" });
    expect(exitCodeFor(new PlanError("plan-config-mismatch", "m", "f"))).toBe(2);

    const update = plan.users.find((a: { action: string }) => a.action === "update");
    h.sandbox.oomnitza.state.updateUser(update.oomnitzaId, { last_name: "EditedByHand" });
    const report = await connector.apply(plan);
    expect(report.command).toBe("apply");
    expect(report.skips.find((s) => s.leverId === update.leverId)?.reason).toMatch(
      /changed since plan: last_name/,
    );
    expect(h.sandbox.oomnitza.state.getUser(update.oomnitzaId)?.last_name).toBe("EditedByHand");
    expect(report.counts.users.create).toBe(plan.summary.users.create);
    expect(report.counts.users.update).toBe(plan.summary.users.update - 1);

    // Applying the same plan again writes no person twice.
    const again = await connector.apply(plan);
    expect(again.counts.users.create + again.counts.users.update).toBe(0);
    expect(h.sandbox.oomnitza.state.duplicates().clean).toBe(true);
  });

  it("a dry run writes nothing, not even a report", async () => {
    const h = await harness({ leverUsers: 20 });
    const report = await (await h.connector()).sync({ dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.planned?.writes).toBeGreaterThan(0);
    expect(report.counts.writes).toBe(0);
    expect(report.reportPath).toBeNull();
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);
  });

  it("a refused token ends the run with exit code 3 and a report, and no secret anywhere", async () => {
    const h = await harness({ leverUsers: 20 });
    const bad = await h.connector({
      oomnitza: { baseUrl: h.sandbox.oomnitza.baseUrl, token: "wrong-token-0123456789", rateLimit: false },
    });
    const report = await bad.sync();
    expect(report.outcome).toBe("error");
    expect(report.error).toMatchObject({ kind: "auth", exitCode: 3 });
    expect(exitCodeFor(report)).toBe(3);
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);
    expect(JSON.stringify(report)).not.toContain("wrong-token-0123456789");

    const ok = await (await h.connector()).sync();
    const check = await (await h.connector()).check();
    const everything = [
      ...h.logger.lines,
      ...readdirSync(join(h.stateDir, "runs")).map((f) => readFileSync(join(h.stateDir, "runs", f), "utf8")),
      readFileSync(join(h.stateDir, "state.json"), "utf8"),
      JSON.stringify(ok),
      JSON.stringify(check),
    ].join("\n");
    expect(everything).not.toContain(h.sandbox.lever.credentials.apiKey);
    expect(everything).not.toContain(h.sandbox.oomnitza.credentials.token);
    expect(everything).not.toContain("wrong-token-0123456789");
  });
});

describe("sync with a draft mapping", () => {
  it("ends with exit code 2 and the mapping's problems and fixes in the report, writing nothing", async () => {
    const h = await harness({ leverUsers: 10 });
    const report = await (await h.connector({ mapping: { syncKeys: ["email"] } })).sync();
    expect(report.error).toMatchObject({ kind: "ConfigError", exitCode: 2 });
    expect(report.error?.message).toMatch(/mapping\.role/);
    expect(exitCodeFor(report)).toBe(2);
    expect(h.sandbox.oomnitza.stats.writes).toBe(0);
  });
});

describe("check on the sandbox", () => {
  it("passes on a working setup and names each verified capability", async () => {
    const h = await harness({ leverUsers: 10 });
    const result = await (await h.connector()).check();
    expect(result.items.filter((i) => !i.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    // Write permission cannot be probed read-only: said, and not counted as a pass.
    expect(result.items.filter((i) => i.skipped).map((i) => i.name)).toEqual(["oomnitza: write users"]);
    const usersOnly = await (await h.connector({ sync: { records: "users" } })).check();
    expect(usersOnly.items.map((i) => i.name)).not.toContain("oomnitza: read SaaS");
    expect(result.items.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        "lever: list users",
        "lever: read a user",
        "lever: list tags",
        "oomnitza: read users",
        "oomnitza: read SaaS",
        "mapping",
      ]),
    );
  });

  it("names the missing Lever permission, a missing custom field and a draft mapping, each with a fix", async () => {
    const h = await harness({ leverUsers: 10 });
    h.sandbox.lever.state.addApiKey("no-tags-key-0001", ["users:read"]);
    const result = await (
      await h.connector({
        lever: { baseUrl: h.sandbox.lever.baseUrl, apiKey: "no-tags-key-0001", rateLimit: false },
        mapping: {
          syncKeys: ["email"],
          role: 25,
          fields: { username: "email", email: "email", badge_no: "externalDirectoryId" },
        },
      })
    ).check();
    expect(result.ok).toBe(false);
    const failed = Object.fromEntries(result.items.filter((i) => !i.ok).map((i) => [i.name, i.fix]));
    expect(failed["lever: list tags"]).toMatch(/Tags \(read\)/);
    expect(failed["oomnitza: field badge_no"]).toMatch(/Users > Customization/);
    const codes = Object.fromEntries(result.items.filter((i) => !i.ok).map((i) => [i.name, i.exitCode]));
    expect(codes).toEqual({ "lever: list tags": 3, "oomnitza: field badge_no": 2 });

    const refused = await (
      await h.connector({
        lever: { baseUrl: h.sandbox.lever.baseUrl, apiKey: "wrong-key-000", rateLimit: false },
      })
    ).check();
    expect(refused.items.find((i) => i.name === "lever: read a user")).toMatchObject({
      skipped: true,
      message: "not tried: listing users failed.",
    });

    const draft = await (await h.connector({ mapping: { syncKeys: ["email"] } })).check();
    expect(draft.items.find((i) => i.name.startsWith("mapping") && !i.ok)?.fix).toBeTruthy();
  });
});
