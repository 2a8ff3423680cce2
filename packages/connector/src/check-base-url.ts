import type { ConfigProblem } from "./types.js";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Checks an API base URL: absolute, https, or plain http on a loopback host (the sandbox). */
export function checkBaseUrl(url: string, path: string, problems: ConfigProblem[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({
      path,
      message: `"${url}" is not an absolute URL.`,
      fix: "write it as https://host[/path].",
    });
    return;
  }
  if (parsed.protocol === "https:") return;
  if (parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname)) return;
  problems.push({
    path,
    message: `"${url}" must use https (plain http is only allowed on 127.0.0.1/localhost).`,
    fix: `use https://${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}.`,
  });
}
