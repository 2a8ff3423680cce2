import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/engine/run-report.js";
import { ensureBuilt } from "../cli/ensure-built.js";
import { expectNoDuplicates, expectNoSecrets, type Fixture, filesUnder, fixture } from "./fixture.js";
import { spawnCli } from "./spawn-cli.js";

const CREATED = Date.UTC(2024, 0, 2);
const base = {
  username: "odd",
  createdAt: CREATED,
  deactivatedAt: null,
  accessRole: "interviewer",
  photo: null,
};

/** Records Lever has been seen to return, or could: each must be synced or skipped with a reason. */
const ODD: Record<string, unknown>[] = [
  { ...base, id: "odd-no-email", name: "Nobody Noemail" },
  { ...base, id: "odd-case-upper", name: "Dup Case", email: "Dup.Case@Example.com" },
  { ...base, id: "odd-case-lower", name: "Dup Case", email: "dup.case@example.com" },
  { ...base, id: "odd-long-name", name: `L${"o".repeat(9_996)} Ng`, email: "long.name@example.com" },
  { ...base, id: "odd-cjk", name: "王小明 🐉", email: "wang.xiaoming@example.com" },
  { ...base, id: "odd-emoji", name: "🎉🎉 🚀", email: "party@example.com" },
  { ...base, id: "odd-unicode-email", name: "Zoë Ünïcødé", email: "zoë@exämple.com" },
  {
    id: "odd-nulls",
    name: null,
    username: null,
    email: null,
    createdAt: null,
    deactivatedAt: null,
    accessRole: null,
    photo: null,
    externalDirectoryId: null,
    linkedContactIds: null,
    jobTitle: null,
    managerId: null,
  },
  { ...base, id: "odd-empty-strings", name: "", email: "   ", accessRole: "" },
  { ...base, id: "odd-wrong-types", name: 42, email: ["a@example.com"], accessRole: { role: "admin" } },
];

/**
 * A proxy in front of the Lever sandbox that appends the odd records to the first page of
 * `GET /v1/users`, the way a real account returns them among normal users.
 */
async function oddLever(target: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", target);
    const upstream = await fetch(url, {
      method: req.method,
      headers: { authorization: req.headers.authorization ?? "" },
    });
    let body = await upstream.text();
    if (url.pathname === "/v1/users" && !url.searchParams.has("offset") && upstream.ok) {
      const page = JSON.parse(body) as { data: unknown[] };
      page.data.push(...ODD);
      body = JSON.stringify(page);
    }
    res.writeHead(upstream.status, {
      "content-type": upstream.headers.get("content-type") ?? "application/json",
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
}

let f: Fixture;
let proxy: Awaited<ReturnType<typeof oddLever>>;
beforeAll(async () => {
  f = await fixture({ leverUsers: 120, seed: 61 });
  proxy = await oddLever(f.sandbox.lever.url);
});
afterAll(async () => {
  await new Promise((r) => proxy.server.close(r));
  await f.close();
});

/** Each odd record is a person now, or the report names it with a reason. */
function expectEachAccountedFor(report: RunReport): void {
  const people = new Set(f.sandbox.oomnitza.state.users().map((u) => u.lever_id));
  const issues = [...report.skips, ...report.failures];
  for (const odd of ODD) {
    const id = odd.id as string;
    const said = issues.find((i) => i.leverId === id);
    const outcome = people.has(id) ? "synced" : said?.reason ? `reported: ${said.reason}` : "lost";
    expect(outcome, id).not.toBe("lost");
    if (said) expect(said.reason.length).toBeGreaterThan(5);
  }
}

describe("odd Lever records", () => {
  it("are each synced or skipped with a reason, by the library and by the binary, which never crashes", async () => {
    const lever = { ...(f.rawConfig().lever as object), baseUrl: proxy.baseUrl };
    const report = await (await f.connector({ lever })).sync();
    expect(report.error, JSON.stringify(report.error)).toBeUndefined();
    expectEachAccountedFor(report);
    expectNoDuplicates(f.sandbox);
    // The two emails that differ only in case never become two people.
    const dup = f.sandbox.oomnitza.state
      .users()
      .filter((u) => String(u.email).toLowerCase() === "dup.case@example.com");
    expect(dup.length).toBeLessThanOrEqual(1);

    await ensureBuilt();
    const config = f.writeConfig({ lever });
    for (const args of [
      ["plan", "--json"],
      ["sync", "--json", "--yes"],
    ]) {
      const run = await spawnCli([...args, "--no-progress", "--config", config], { cwd: f.dir, env: f.env });
      expect([0, 1], run.stderr).toContain(run.code);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const json = JSON.parse(run.stdout);
      if (args[0] === "sync") expectEachAccountedFor(json);
      expectNoSecrets([run.stdout, run.stderr], f.secrets);
    }
    expectNoSecrets([...f.logger.lines, ...filesUnder(f.dir)], f.secrets);
  }, 30_000);
});
