import { afterEach, describe, expect, it } from "vitest";
import { ensureBuilt } from "../cli/ensure-built.js";
import { expectNoSecrets, type Fixture, filesUnder, fixture } from "./fixture.js";
import { spawnCli } from "./spawn-cli.js";

const open: Fixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

/** A synced tenant: every active Lever user has an active seat in the Lever app. */
async function synced(): Promise<{ f: Fixture; seats: number }> {
  const f = await fixture({ leverUsers: 300, seed: 51 });
  open.push(f);
  const first = await (await f.connector()).sync();
  expect(first.outcome).toBe("ok");
  return { f, seats: activeSeats(f) };
}

function activeSeats(f: Fixture): number {
  const app = f.sandbox.oomnitza.state.findSaasApp("Lever");
  return app
    ? f.sandbox.oomnitza.state.saasUsers(app.saas_id).filter((s) => s.status === "active").length
    : 0;
}

const deactivateCalls = (f: Fixture) =>
  Object.entries(f.sandbox.oomnitza.stats.byRoute)
    .filter(([route]) => /deactivate/i.test(route))
    .reduce((n, [, count]) => n + count, 0);

/** Cuts Lever's user list after its first page, as a proxy or an outage that ends pagination early would. */
const truncatingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/v1/users") || request.method !== "GET") return response;
  const body = (await response.json()) as { data: unknown[]; hasNext?: boolean; next?: string };
  const cut = { data: body.data, hasNext: false };
  return new Response(JSON.stringify(cut), { status: response.status, headers: response.headers });
};

describe("Lever returns an empty or truncated user list", () => {
  it("empty: the safety threshold stops every deactivation and the run says so", async () => {
    const { f, seats } = await synced();
    for (const u of f.sandbox.lever.state.users()) f.sandbox.lever.state.removeUser(u.id);
    f.sandbox.oomnitza.resetStats();
    const report = await (await f.connector()).sync();
    expect(report.outcome).toBe("safety-tripped");
    expect(report.safety?.tripped).toBe(true);
    expect(report.planned?.saas.deactivate).toBe(seats);
    expect(report.counts.saas.deactivate).toBe(0);
    expect(deactivateCalls(f)).toBe(0);
    expect(activeSeats(f)).toBe(seats);
  });

  it("truncated after one page: no deactivation either, and the CLI exits 4", async () => {
    const { f, seats } = await synced();
    f.sandbox.oomnitza.resetStats();
    const report = await (await f.connector(undefined, { fetch: truncatingFetch })).sync();
    expect(report.planned?.saas.deactivate).toBeGreaterThan(seats / 2);
    expect(report.outcome).toBe("safety-tripped");
    expect(report.counts.saas.deactivate).toBe(0);
    expect(deactivateCalls(f)).toBe(0);
    expect(activeSeats(f)).toBe(seats);

    // The binary on an emptied Lever: exit code 4, nothing deactivated.
    await ensureBuilt();
    for (const u of f.sandbox.lever.state.users()) f.sandbox.lever.state.removeUser(u.id);
    const cli = await spawnCli(["sync", "--json", "--yes", "--no-progress", "--config", f.writeConfig()], {
      cwd: f.dir,
      env: f.env,
    });
    expect(cli.code, cli.stderr).toBe(4);
    expect(JSON.parse(cli.stdout).outcome).toBe("safety-tripped");
    expect(deactivateCalls(f)).toBe(0);
    expect(activeSeats(f)).toBe(seats);
    expectNoSecrets([cli.stdout, cli.stderr, ...f.logger.lines, ...filesUnder(f.dir)], f.secrets);
  }, 30_000);
});
