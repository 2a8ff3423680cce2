import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { buildNotice } from "../../src/notify/build-notice.js";
import { deliverWebhook, signBody } from "../../src/notify/deliver-webhook.js";
import { notifyRun } from "../../src/notify/notify-run.js";
import { deadUrl, startReceiver } from "./receiver.js";

const silent = { info() {}, warn() {}, error() {}, debug() {} } as never;
const fast = { baseDelayMs: 5, attempts: 3 };
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const notice = buildNotice("failure", "sync", 1, {
  report: {
    runId: "r1",
    outcome: "failures",
    finishedAt: "2026-12-01T02:00:05.000Z",
    durationMs: 5000,
    reportPath: "/var/lib/connector/runs/r1.json",
    safety: null,
    error: undefined,
    counts: {
      users: { create: 3, update: 2, unchanged: 10, skip: 1, conflict: 0, failed: 1 },
      saas: {
        createApp: 0,
        assign: 4,
        externalIds: 4,
        roles: 2,
        reactivate: 0,
        deactivate: 0,
        inPlace: 0,
        failed: 0,
      },
      writes: 15,
    },
    failures: [
      { target: "user", action: "create", email: "ana@example.com", reason: "400: job_title is required" },
    ],
  },
});

describe("deliverWebhook", () => {
  it("signs the raw body with HMAC-SHA256 in X-Lever-Oomnitza-Signature", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    const [d] = await notifyRun(
      [{ url: r.url(), format: "json", on: ["failure"], secret: "whsec-123" }],
      notice,
      {
        logger: silent,
        redact: (t) => t,
        ...fast,
      },
    );
    expect(d).toMatchObject({ ok: true, attempts: 1, status: 200 });
    expect(r.received).toHaveLength(1);
    const got = r.received[0]!;
    const expected = `sha256=${createHmac("sha256", "whsec-123").update(got.body).digest("hex")}`;
    expect(got.headers["x-lever-oomnitza-signature"]).toBe(expected);
    expect(got.headers["x-lever-oomnitza-event"]).toBe("failure");
    expect(JSON.parse(got.body)).toMatchObject({
      kind: "lever-oomnitza-notification",
      version: 1,
      event: "failure",
      job: "sync",
      exitCode: 1,
      counts: { "people created": 3, writes: 15, failures: 1 },
      failures: ["ana@example.com: 400: job_title is required"],
      next: "connector history --limit 1 --json",
      reportPath: "/var/lib/connector/runs/r1.json",
    });
    expect(got.body).not.toContain("whsec-123");
    expect(signBody(got.body, "other")).not.toBe(expected);
  });

  it("retries a 500 and delivers once", async () => {
    const r = await startReceiver([500]);
    closers.push(r.close);
    const d = await deliverWebhook(r.url(), "{}", { ...fast, event: "failure" });
    expect(d).toMatchObject({ ok: true, attempts: 2, status: 200 });
    expect(r.received).toHaveLength(2);
  });

  it("does not retry a 400 and does not follow a redirect", async () => {
    const r = await startReceiver([400, 302]);
    closers.push(r.close);
    expect(await deliverWebhook(r.url(), "{}", { ...fast, event: "failure" })).toMatchObject({
      ok: false,
      attempts: 1,
      error: "answered 400",
    });
    expect(await deliverWebhook(r.url(), "{}", { ...fast, event: "failure" })).toMatchObject({
      ok: false,
      attempts: 1,
      error: "answered 302 (a redirect; not followed)",
    });
    expect(r.received).toHaveLength(2);
  });

  it("a dead receiver is a failed delivery, never a throw, and its path (the credential) is not named", async () => {
    const url = await deadUrl();
    const d = await deliverWebhook(url, "{}", { ...fast, event: "failure" });
    expect(d.ok).toBe(false);
    expect(d.attempts).toBe(3);
    expect(d.error).toMatch(/ECONNREFUSED/);
    expect(d.target).toBe(`${new URL(url).origin}/…`);
  });

  it("sends only to the webhooks subscribed to the event, in their formats", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    await notifyRun(
      [
        { url: r.url("/slack"), format: "slack", on: ["failure"] },
        { url: r.url("/teams"), format: "teams", on: ["failure"] },
        { url: r.url("/quiet"), format: "slack", on: ["success"] },
      ],
      notice,
      { logger: silent, redact: (t) => t.replaceAll("ana@example.com", "[redacted]"), ...fast },
    );
    const byPath = Object.fromEntries(r.received.map((x) => [x.path, JSON.parse(x.body)]));
    expect(Object.keys(byPath).sort()).toEqual(["/slack", "/teams"]);
    expect(byPath["/slack"].text).toMatch(/^lever-oomnitza sync failed \(exit 1\)/);
    expect(byPath["/slack"].blocks.map((b: { type: string }) => b.type)).toEqual([
      "header",
      "section",
      "section",
      "section",
      "context",
    ]);
    const card = byPath["/teams"].attachments[0];
    expect(card.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.content.type).toBe("AdaptiveCard");
    expect(card.content.body.find((b: { type: string }) => b.type === "FactSet").facts).toContainEqual({
      title: "writes",
      value: "15",
    });
    // `redact` applies to every string sent.
    for (const x of r.received) expect(x.body).not.toContain("ana@example.com");
  });
});
