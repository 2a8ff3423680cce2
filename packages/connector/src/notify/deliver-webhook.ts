import { createHmac, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { parseRetryAfter } from "@lever-oomnitza/http";

/** The header carrying `sha256=<hex>`: HMAC-SHA256 of the raw body with the webhook's secret. */
export const SIGNATURE_HEADER = "X-Lever-Oomnitza-Signature";

/** How one webhook delivery went; `target` names the webhook without its secret path. */
export interface Delivery {
  target: string;
  ok: boolean;
  attempts: number;
  status?: number | undefined;
  error?: string | undefined;
}

/** Delivery tuning; the defaults suit a real receiver, tests shorten the delays. */
export interface DeliveryOptions {
  attempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

const MAX_RETRY_AFTER_MS = 30_000;

/** `https://hooks.slack.com/…`: the origin only, since a webhook's path is its credential. */
export function webhookLabel(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return "(invalid URL)";
  }
}

/** The signature header value of a body. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/**
 * POSTs one body to one webhook, retrying network errors, 429 (honouring Retry-After) and 5xx with
 * exponential backoff. Never follows a redirect (it would carry the body elsewhere) and never throws:
 * the result says how it went.
 */
export async function deliverWebhook(
  url: string,
  body: string,
  o: DeliveryOptions & { secret?: string | undefined; event: string },
): Promise<Delivery> {
  const attempts = o.attempts ?? 4;
  const send = o.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "lever-oomnitza-connector",
    "x-lever-oomnitza-event": o.event,
    "x-lever-oomnitza-delivery": randomUUID(),
  };
  if (o.secret) headers[SIGNATURE_HEADER.toLowerCase()] = signBody(body, o.secret);
  const result: Delivery = { target: webhookLabel(url), ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    result.attempts = attempt;
    let wait = (o.baseDelayMs ?? 1000) * 2 ** (attempt - 1);
    try {
      const res = await send(url, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      result.status = res.status;
      if (res.status >= 200 && res.status < 300) {
        result.ok = true;
        result.error = undefined;
        return result;
      }
      result.error =
        res.status >= 300 && res.status < 400
          ? `answered ${res.status} (a redirect; not followed)`
          : `answered ${res.status}`;
      if (res.status !== 429 && res.status < 500) return result;
      const after = parseRetryAfter(res.headers.get("retry-after"));
      if (after !== undefined) wait = Math.min(Math.max(after, wait), MAX_RETRY_AFTER_MS);
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      result.status = undefined;
      result.error = e.name === "TimeoutError" ? "timed out" : (e.cause?.code ?? e.message);
    }
    if (attempt < attempts) await sleep(wait);
  }
  return result;
}
