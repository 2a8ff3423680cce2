// `connector sync` with `notify:` in-process (main with captured streams) against the sandbox over HTTP.
import { createHmac } from "node:crypto";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type SandboxFixture, sandboxFixture } from "../cli/sandbox-fixture.js";
import { deadUrl, startReceiver } from "./receiver.js";

const WEBHOOK_SECRET = "whsec-sync-notifications-0123";
let fx: SandboxFixture;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  const code = await main(["node", "connector", ...args], "0.0.0-test", {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env: { ...fx.env, NO_COLOR: "1", WEBHOOK_SECRET },
    cwd: fx.dir,
    notifyDelivery: { baseDelayMs: 5, attempts: 2 },
  });
  return { code, stdout, stderr };
}

const notify = (targets: unknown[]) =>
  ({ notify: targets }) as unknown as Record<string, Record<string, unknown>>;
const json = (on: string[]) => ({
  url: receiver.url("/json"),
  format: "json",
  on,
  secret: "${WEBHOOK_SECRET}",
});

beforeAll(async () => {
  fx = await sandboxFixture({ leverUsers: 20 });
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await fx?.close();
});

describe("notify: on sync", () => {
  it("success (opt-in): one message per webhook, counts equal the run report's, signed, no secret", async () => {
    fx.writeConfig(
      notify([
        json(["success", "failure", "safety-stop"]),
        { url: receiver.url("/slack"), format: "slack", on: ["success"] },
        { url: receiver.url("/teams"), format: "teams", on: ["failure"] },
      ]),
    );
    const run = await cli("sync", "--yes", "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(receiver.received.map((r) => r.path).sort()).toEqual(["/json", "/slack"]);
    const got = receiver.received.find((r) => r.path === "/json")!;
    expect(got.headers["x-lever-oomnitza-signature"]).toBe(
      `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(got.body).digest("hex")}`,
    );
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({
      event: "success",
      exitCode: 0,
      runId: report.runId,
      reportPath: report.reportPath,
    });
    expect(body.counts["people created"]).toBe(report.counts.users.create);
    expect(body.counts.writes).toBe(report.counts.writes);
    for (const r of receiver.received)
      for (const secret of [...fx.secrets, WEBHOOK_SECRET, "XXXXsecretpath"])
        expect(r.body).not.toContain(secret);
    expect(run.stdout + run.stderr).not.toContain("XXXXsecretpath");
  });

  it("safety-stop: exit 4 is told to the webhooks that asked for it, and the exit code stands", async () => {
    receiver.received.length = 0;
    for (const u of fx.sandbox.lever.state
      .users()
      .filter((x) => x.deactivatedAt === null)
      .slice(0, 3))
      fx.sandbox.lever.state.deactivateUser(u.id);
    fx.writeConfig({ ...notify([json(["safety-stop"])]), saas: { maxDeactivations: 1 } });
    const run = await cli("sync", "--yes", "--json");
    expect(run.code).toBe(4);
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body.event).toBe("safety-stop");
    expect(body.summary).toMatch(/3 SaaS deactivations planned, the limit is 1/);
    expect(body.next).toBe("connector plan");
  });

  it("a dead webhook is reported on stderr and in the run report, and never changes the exit code", async () => {
    fx.writeConfig({
      ...notify([{ url: await deadUrl(), format: "slack", on: ["success"] }]),
      saas: { maxDeactivations: 10 },
    });
    const run = await cli("sync", "--yes", "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /Notification to http:\/\/127\.0\.0\.1:\d+\/… failed after 2 attempt\(s\): ECONNREFUSED/,
    );
    const history = JSON.parse((await cli("history", "--json", "--limit", "1")).stdout);
    expect(history.runs[0].notifications).toEqual([
      expect.objectContaining({ ok: false, attempts: 2, error: "ECONNREFUSED" }),
    ]);
  });

  it("a json webhook without a secret, or an http URL off loopback, is a config error", async () => {
    fx.writeConfig(
      notify([
        { url: receiver.url(), format: "json" },
        { url: "http://hooks.example.com/abc", format: "slack" },
      ]),
    );
    const run = await cli("sync", "--yes");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/notify\.0\.secret: is required for a json webhook/);
    expect(run.stderr).toMatch(/notify\.1\.url: must use https/);
    expect(run.stderr).not.toContain("/abc");
    fx.writeConfig();
  });
});
