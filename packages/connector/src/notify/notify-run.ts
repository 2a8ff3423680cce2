import type { Logger } from "@lever-oomnitza/http";
import type { Notice } from "./build-notice.js";
import { type Delivery, type DeliveryOptions, deliverWebhook } from "./deliver-webhook.js";
import { renderNotice } from "./render-notice.js";
import type { NotifyTarget } from "./resolve-notify-targets.js";

/**
 * Sends a notice to every webhook subscribed to its event, all at once, and logs each outcome.
 * Never throws and never changes how the run ended; `redact` removes secrets from every string sent.
 */
export async function notifyRun(
  targets: readonly NotifyTarget[],
  notice: Notice,
  o: { logger: Logger; redact: (text: string) => string } & DeliveryOptions,
): Promise<Delivery[]> {
  const subscribed = targets.filter((t) => t.on.includes(notice.event));
  const deliveries = await Promise.all(
    subscribed.map((t) => {
      const body = JSON.stringify(redactStrings(renderNotice(t.format, notice), o.redact));
      return deliverWebhook(t.url, body, { ...o, secret: t.secret, event: notice.event });
    }),
  );
  for (const d of deliveries) {
    const fields = { webhook: d.target, event: notice.event, attempts: d.attempts, status: d.status };
    if (d.ok) o.logger.info(fields, "notification sent");
    else o.logger.warn({ ...fields, error: d.error }, `notification to ${d.target} failed: ${d.error}`);
  }
  return deliveries;
}

function redactStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, redact));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, redact)]));
  return value;
}
