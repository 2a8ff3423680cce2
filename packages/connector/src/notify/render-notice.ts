import type { Notice } from "./build-notice.js";
import type { NotifyTarget } from "./resolve-notify-targets.js";

/** The request body of a notice in a webhook's format. */
export function renderNotice(format: NotifyTarget["format"], n: Notice): unknown {
  if (format === "slack") return slackBody(n);
  if (format === "teams") return teamsBody(n);
  return jsonBody(n);
}

/**
 * The generic JSON body, versioned so receivers can rely on its shape.
 * Signed by the sender with HMAC-SHA256 of these exact bytes.
 */
function jsonBody(n: Notice) {
  return {
    kind: "lever-oomnitza-notification",
    version: 1,
    event: n.event,
    job: n.job,
    exitCode: n.exitCode,
    title: n.title,
    summary: n.summary,
    counts: Object.fromEntries(n.facts),
    failures: n.failures,
    failureCount: n.failureCount,
    next: n.next,
    host: n.host,
    runId: n.runId,
    reportPath: n.reportPath,
    finishedAt: n.finishedAt,
  };
}

/** Slack's `&`, `<` and `>` are control characters in mrkdwn. */
const slackEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A Slack incoming-webhook message: `text` for notifications, Block Kit for the channel.
 * @see https://api.slack.com/messaging/webhooks
 */
function slackBody(n: Notice) {
  const facts = n.facts.map(([k, v]) => `*${slackEscape(k)}:* ${v}`).join("   ");
  const failures = n.failures.map((f) => `• ${slackEscape(f)}`).join("\n");
  const more = n.failureCount > n.failures.length ? `\n…and ${n.failureCount - n.failures.length} more` : "";
  return {
    text: `${n.title}: ${n.summary}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: n.title.slice(0, 150) } },
      { type: "section", text: { type: "mrkdwn", text: slackEscape(n.summary) } },
      ...(facts ? [{ type: "section", text: { type: "mrkdwn", text: facts } }] : []),
      ...(failures
        ? [{ type: "section", text: { type: "mrkdwn", text: `*First failures*\n${failures}${more}` } }]
        : []),
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `Look further: \`${n.next}\`${n.reportPath ? ` · report ${slackEscape(n.reportPath)}` : ""}`,
          },
        ],
      },
    ],
  };
}

/**
 * A Microsoft Teams message with an Adaptive Card, as Teams' Workflows ("Post to a channel when a
 * webhook request is received") and incoming webhooks accept it.
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
 */
function teamsBody(n: Notice) {
  const body: unknown[] = [
    {
      type: "TextBlock",
      size: "Medium",
      weight: "Bolder",
      wrap: true,
      text: n.title,
      color: n.event === "success" ? "Good" : "Attention",
    },
    { type: "TextBlock", wrap: true, text: n.summary },
  ];
  if (n.facts.length > 0)
    body.push({ type: "FactSet", facts: n.facts.map(([title, v]) => ({ title, value: String(v) })) });
  if (n.failures.length > 0) {
    body.push({ type: "TextBlock", weight: "Bolder", text: "First failures", wrap: true });
    body.push({ type: "TextBlock", wrap: true, text: n.failures.map((f) => `- ${f}`).join("\n") });
  }
  body.push({ type: "TextBlock", wrap: true, isSubtle: true, text: `Look further: ${n.next}` });
  return {
    type: "message",
    summary: n.title,
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
        },
      },
    ],
  };
}
