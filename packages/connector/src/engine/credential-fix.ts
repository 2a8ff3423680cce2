const FIXES = {
  lever: {
    auth: "the Lever API key was refused: check LEVER_API_KEY (or lever.apiKeyFile).",
    permission:
      "give the Lever API key the Users (read) and Tags (read) permissions in Lever: Settings > Integrations and API > API Credentials.",
  },
  oomnitza: {
    auth: "the Oomnitza token was refused: check OOMNITZA_API_TOKEN (or oomnitza.tokenFile).",
    permission: "give the Oomnitza token's user a role that can read and write People and read SaaS.",
  },
} as const;

/** What an error (an `ApiError`, a run report's `error`) says about the API and the kind of refusal. */
interface Refusal {
  service?: unknown;
  kind?: unknown;
  cause?: unknown;
}

/**
 * The fix for a refused (401, `auth`) or under-privileged (403, `permission`) credential, naming the one
 * the API refused: the Lever API key or the Oomnitza token. `undefined` when the error is no such refusal
 * (its cause is looked at too).
 */
export function credentialFix(error: unknown): string | undefined {
  for (let e = error as Refusal | undefined, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const service = e.service === "lever" || e.service === "oomnitza" ? e.service : undefined;
    if (service && (e.kind === "auth" || e.kind === "permission")) return FIXES[service][e.kind];
    e = e.cause as Refusal | undefined;
  }
  return undefined;
}
