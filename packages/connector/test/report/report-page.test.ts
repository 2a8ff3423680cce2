import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/engine/run-report.js";
import type { Plan } from "../../src/plan/plan.js";
import { ensureBuilt, repoRoot } from "../cli/ensure-built.js";
import { runCli } from "../cli/run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "../cli/sandbox-fixture.js";
import { charts, column, filter, kpi, launchBrowser, openPage, sortBy } from "./open-page.js";

// A sandbox sync, then changes in Lever and Oomnitza so every section has something to show: people
// to create and update, a conflict, deactivated Lever users (seats to reclaim, SaaS deactivations)
// and a seat not visited for 200 days. Then the report and the plan page, opened in real Chromium.
let fx: SandboxFixture;
let browser: Browser;
let sync: RunReport;
let plan: Plan;
let reportDoc: {
  reportPath: string;
  csvFiles: string[];
  report: import("../../src/report/report-data.js").ReportData;
};
const shots = join(repoRoot, ".tmp");
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { cwd: fx.dir, env: { ...fx.env, ...env } });

beforeAll(async () => {
  const built = ensureBuilt();
  [fx, browser] = await Promise.all([sandboxFixture({ leverUsers: 30 }), launchBrowser()]);
  await built;
  const first = await cli(["sync", "--yes", "--json"]);
  expect(first.code).toBe(0);
  sync = JSON.parse(first.stdout);

  const lever = fx.sandbox.lever.state;
  const active = lever.users().filter((u) => u.deactivatedAt === null);
  for (const u of active.slice(0, 2)) lever.deactivateUser(u.id);
  lever.updateUser(active[3]!.id, { name: "Renamed Person" });
  lever.addUser({ name: "New Hire", email: "new.hire@acme.example" });
  const twin = lever.addUser({ name: "Twin Records", email: "twin@acme.example" });
  // Another person already holds the username the create would write: a conflict naming both.
  fx.sandbox.oomnitza.state.addUser({
    role: 25,
    first_name: "Other",
    last_name: "Twin",
    username: twin.email,
    email: "other.twin@acme.example",
  });
  const seat = fx.sandbox.oomnitza.state
    .saasUsers()
    .find((s) => s.status === "active" && s.user_external_id === active[5]!.id);
  fx.sandbox.oomnitza.state.updateSaasUser(String(seat?.saas_user_id), {
    last_visit: Math.floor(Date.now() / 1000) - 200 * 86_400,
  });

  const planned = await cli(["plan", "--json", "--html", "plan.html"]);
  expect(planned.code).toBe(0);
  plan = JSON.parse(planned.stdout);
  const report = await cli(["report", "--out", "report.html", "--csv", "csv", "--json"]);
  expect(report.code, report.stderr).toBe(0);
  reportDoc = JSON.parse(report.stdout);
  mkdirSync(shots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

/** What every page must be: offline, quiet, secret-free. */
async function expectSelfContained(path: string, opened: Awaited<ReturnType<typeof openPage>>) {
  expect(opened.errors).toEqual([]);
  expect(opened.requests).toEqual([`file://${path}`]);
  const text = readFileSync(path, "utf8");
  expect(text).not.toMatch(/https?:\/\//);
  expect(secretFree([text, await opened.page.content()], fx.secrets)).toBe(true);
  const csp = await opened.page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) =>
    m.getAttribute("content"),
  );
  expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  const external = await opened.page.$$eval("[src], link[href], [href^='http']", (els) => els.length);
  expect(external).toBe(0);
}

describe("connector report in Chromium", () => {
  it("opens offline with no console error, no request, no secret and no URL", async () => {
    const path = reportDoc.reportPath;
    expect(path).toBe(join(fx.dir, "report.html"));
    const opened = await openPage(browser, path);
    await expectSelfContained(path, opened);
    await opened.page.screenshot({ path: join(shots, "report.png"), fullPage: true });
    await opened.page.close();
  });

  it("shows the last sync's numbers exactly as its run report, and the plan's people counts", async () => {
    const { page } = await openPage(browser, reportDoc.reportPath);
    expect(await kpi(page, "last-sync-outcome")).toBe(sync.outcome);
    expect(await kpi(page, "last-sync-writes")).toBe(String(sync.counts.writes));
    expect(await kpi(page, "last-sync-failures")).toBe(
      String(sync.counts.users.failed + sync.counts.saas.failed),
    );
    expect(await kpi(page, "last-sync-requests")).toBe(
      String(sync.requests.lever.requests + sync.requests.oomnitza.requests),
    );
    expect(await kpi(page, "last-sync-429s")).toBe(String(sync.rateLimited));
    expect(await kpi(page, "last-sync-retries")).toBe(String(sync.retries));
    expect(await kpi(page, "last-sync-duration")).toBe(
      `${(Math.round(sync.durationMs / 100) / 10).toFixed(1)} s`,
    );
    const u = plan.summary.users;
    expect(await kpi(page, "to-create")).toBe(String(u.create));
    expect(await kpi(page, "to-update")).toBe(String(u.update));
    expect(await kpi(page, "conflicts")).toBe(String(u.conflict));
    expect(await kpi(page, "matched")).toBe(String(u.unchanged + u.update));
    expect([u.create, u.update, u.conflict]).toEqual([1, 1, 1]);
    const seats = reportDoc.report.seats;
    expect(seats?.reclaim).toMatchObject({ "lever-deactivated": 2, stale: 1 });
    expect(await kpi(page, "reclaim-total")).toBe(String(seats?.reclaim.total));
    await page.close();
  });

  it("draws each chart as an SVG with one mark per data point", async () => {
    const { page } = await openPage(browser, reportDoc.reportPath);
    const found = await charts(page);
    const runs = reportDoc.report.health.runs.length;
    const roles = reportDoc.report.seats?.byRole.length ?? 0;
    expect(found.map((c) => [c.id, c.points])).toEqual([
      ["writes", 2 * runs],
      ["requests", 3 * runs],
      ["duration", runs],
      ["people", 5],
      ["seats", 2 * roles],
    ]);
    for (const c of found) {
      expect(c.svg, c.id).toBe(true);
      expect(c.marks, c.id).toBe(c.points);
    }
    await page.close();
  });

  it("sorts and filters a list view in the page", async () => {
    const { page } = await openPage(browser, reportDoc.reportPath);
    const before = await column(page, "seats", 0);
    expect(before.length).toBe(reportDoc.report.seats?.total);
    await sortBy(page, "seats", 0);
    const asc = await column(page, "seats", 0);
    expect(asc).toEqual([...before].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(asc).not.toEqual(before);
    await sortBy(page, "seats", 0);
    expect(await column(page, "seats", 0)).toEqual([...asc].reverse());
    await filter(page, "seats", asc[1] as string);
    expect(await column(page, "seats", 0)).toEqual([asc[1]]);
    await filter(page, "seats", "");
    expect((await column(page, "seats", 0)).length).toBe(before.length);
    await page.close();
  });

  it("--csv writes the same lists, one file each", () => {
    expect(reportDoc.csvFiles.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual([
      "runs.csv",
      "creates.csv",
      "updates.csv",
      "skips.csv",
      "conflicts.csv",
      "reclaim.csv",
      "seats.csv",
    ]);
    const seats = readFileSync(join(fx.dir, "csv", "seats.csv"), "utf8")
      .trimEnd()
      .split("\r\n");
    expect(seats[0]).toBe("Email,Name,Lever role,Seat,Lever user,Last visit,Reclaim,SaaS user id");
    expect(seats).toHaveLength(1 + (reportDoc.report.seats?.total ?? 0));
    expect(readFileSync(join(fx.dir, "csv", "conflicts.csv"), "utf8")).toContain("twin@acme.example");
  });

  it("--open uses the system's opener, and says so plainly when there is none (exit 0 either way)", async () => {
    const bin = join(fx.dir, "bin");
    mkdirSync(bin, { recursive: true });
    const opener = join(bin, "xdg-open");
    writeFileSync(opener, `#!/bin/sh\necho "$@" > "${join(fx.dir, "opened.txt")}"\n`);
    chmodSync(opener, 0o755);
    const [withOpener, without] = await Promise.all([
      cli(["report", "--out", "r2.html", "--open"], { PATH: bin }),
      cli(["report", "--out", "r3.html", "--open"], { PATH: join(fx.dir, "empty") }),
    ]);
    expect(withOpener.code).toBe(0);
    expect(withOpener.stdout).toContain("Opened");
    await expect
      .poll(() => readFileSync(join(fx.dir, "opened.txt"), "utf8").trim())
      .toBe(join(fx.dir, "r2.html"));
    expect(without.code).toBe(0);
    expect(without.stdout).toContain("No default browser found");
  });
});

describe("connector plan --html in Chromium", () => {
  it("opens offline and shows the plan's counts, updates from → to, the conflict and the SaaS deactivations by email", async () => {
    const path = join(fx.dir, "plan.html");
    const opened = await openPage(browser, path);
    await expectSelfContained(path, opened);
    const { page } = opened;
    const u = plan.summary.users;
    for (const [id, n] of Object.entries({
      create: u.create,
      update: u.update,
      unchanged: u.unchanged,
      skip: u.skip,
      conflict: u.conflict,
    }))
      expect(await kpi(page, `plan-${id}`), id).toBe(String(n));
    expect(await kpi(page, "plan-writes")).toBe(String(plan.summary.writes));
    expect(await kpi(page, "saas-deactivate")).toBe(String(plan.summary.saas.deactivate));
    const changes = plan.users.flatMap((a) =>
      a.action === "update"
        ? a.changes.map((c) => `${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`)
        : [],
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(await column(page, "updates", 2)).toEqual(changes);
    expect(await column(page, "conflicts", 0)).toEqual([expect.stringContaining("twin@acme.example")]);
    expect((await column(page, "conflicts", 1))[0]).toContain("other.twin@acme.example");
    const deactivated = await column(page, "deactivations", 0);
    expect(deactivated).toHaveLength(2);
    expect(deactivated.every((e) => e.includes("@"))).toBe(true);
    const safety = await page.$eval("[data-safety]", (el) => el.getAttribute("data-safety"));
    expect(safety).toBe(plan.saas?.safety.tripped ? "tripped" : "ok");
    const found = await charts(page);
    expect(found).toEqual([{ id: "people", points: 5, marks: 5, svg: true }]);
    await sortBy(page, "deactivations", 0);
    const asc = await column(page, "deactivations", 0);
    await sortBy(page, "deactivations", 0);
    expect(await column(page, "deactivations", 0)).toEqual([...asc].reverse());
    await filter(page, "deactivations", asc[0] as string);
    expect(await column(page, "deactivations", 0)).toEqual([asc[0]]);
    await filter(page, "deactivations", "");
    await page.screenshot({ path: join(shots, "plan.png"), fullPage: true });
    await page.close();
  });
});
