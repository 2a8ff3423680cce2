import { isLoopbackHost } from "@lever-oomnitza/http";
import type { ConfigProblem } from "../config/config-error.js";
import { resolveSecret, type SecretContext } from "../secrets/resolve-secret.js";
import type { NotifyEvent } from "./notify-event.js";

/** One resolved `notify:` webhook. The URL is a secret too (Slack and Teams webhook URLs are bearer URLs). */
export interface NotifyTarget {
  url: string;
  format: "slack" | "teams" | "json";
  on: NotifyEvent[];
  /** HMAC-SHA256 key; json bodies are always signed with it. */
  secret?: string | undefined;
}

/**
 * Checks each webhook URL (https, or http on loopback; never echoed, it is a credential) and resolves
 * each signing secret from any secret source. Returns the secrets by position; a json webhook needs one.
 */
export async function resolveNotifyTargets(
  config: unknown,
  secrets: SecretContext,
  problems: ConfigProblem[],
): Promise<Array<string | undefined>> {
  const list = (config as { notify?: unknown } | null)?.notify;
  if (!Array.isArray(list)) return [];
  const out: Array<string | undefined> = [];
  for (const [i, item] of list.entries()) {
    if (item === null || typeof item !== "object") {
      out.push(undefined);
      continue;
    }
    const t = item as Record<string, unknown>;
    if (typeof t.url === "string") checkWebhookUrl(t.url, `notify.${i}.url`, problems);
    const path = `notify.${i}.secret`;
    const secret = await resolveSecret(
      { section: t, path, keychainAccount: `notify-${i}` },
      secrets,
      problems,
    );
    if (secret === undefined && t.format === "json" && !problems.some((p) => p.path.startsWith(path))) {
      problems.push({
        path,
        message: "is required for a json webhook: its bodies are signed (X-Lever-Oomnitza-Signature).",
        fix: "set secret: ${WEBHOOK_SECRET}, or secretFile / secretCommand / secretFrom: keychain.",
      });
    }
    out.push(secret);
  }
  return out;
}

function checkWebhookUrl(url: string, path: string, problems: ConfigProblem[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({
      path,
      message: "is not an absolute URL.",
      fix: "paste the webhook URL as given by Slack, Teams or your receiver.",
    });
    return;
  }
  if (parsed.username || parsed.password) {
    problems.push({
      path,
      message: "holds a user name or password.",
      fix: "remove user:password@ from the URL.",
    });
  } else if (
    parsed.protocol !== "https:" &&
    !(parsed.protocol === "http:" && isLoopbackHost(parsed.hostname))
  ) {
    problems.push({
      path,
      message: "must use https (plain http is only allowed on 127.0.0.1/localhost).",
      fix: `use https://${parsed.host}/….`,
    });
  }
}
