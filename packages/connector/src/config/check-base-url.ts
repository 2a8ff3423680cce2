import { isLoopbackHost } from "@lever-oomnitza/http";
import type { ConfigProblem } from "./config-error.js";

/** The URL as it may be shown: any `user:password@` part replaced, parsable or not. */
function shown(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1…@");
}

/**
 * Checks an API base URL: absolute, https (or plain http on a loopback host, the sandbox), and without
 * `user:password@` (the credentials would travel with every request and print in every error). A message
 * never shows the credentials part.
 */
export function checkBaseUrl(url: string, path: string, problems: ConfigProblem[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({
      path,
      message: `"${shown(url)}" is not an absolute URL.`,
      fix: "write it as https://host[/path].",
    });
    return;
  }
  if (parsed.username || parsed.password) {
    const secret = path.startsWith("lever")
      ? "lever.apiKey (LEVER_API_KEY)"
      : "oomnitza.token (OOMNITZA_API_TOKEN)";
    problems.push({
      path,
      message: `"${shown(url)}" contains a user name or password.`,
      fix: `remove the user:password@ part; the credentials go in ${secret}.`,
    });
    return;
  }
  if (parsed.protocol === "https:") return;
  if (parsed.protocol === "http:" && isLoopbackHost(parsed.hostname)) return;
  problems.push({
    path,
    message: `"${shown(url)}" must use https (plain http is only allowed on 127.0.0.1/localhost).`,
    fix: `use https://${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}.`,
  });
}
