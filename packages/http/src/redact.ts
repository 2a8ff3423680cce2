/** The text every secret is replaced with. */
export const REDACTED = "[REDACTED]";

// A secret can leak in the forms it is sent in, not only verbatim: URL-encoded in a query string, or
// base64-encoded inside a Basic `Authorization` header (Lever: key as username, empty password).
function variants(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret)]);
  for (const pair of [`${secret}:`, secret]) {
    const b64 = Buffer.from(pair, "utf8").toString("base64");
    forms.add(b64);
    forms.add(b64.replace(/=+$/, ""));
  }
  return [...forms].filter((form) => form.length > 0);
}

// Shorter "secrets" (a test's `t`) would mangle ordinary words; real keys and tokens are long.
const MIN_SECRET_LENGTH = 4;

/**
 * Replace every occurrence of every secret (verbatim, URL-encoded or base64) in `text` with `[REDACTED]`;
 * secrets shorter than 4 characters are left alone.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = secrets
    .filter((s) => typeof s === "string" && s.length >= MIN_SECRET_LENGTH)
    .flatMap(variants);
  forms.sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out;
}

/** Redact every string inside a JSON-compatible value (used for parsed error bodies). */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  if (value === undefined || secrets.length === 0) return value;
  try {
    return JSON.parse(redact(JSON.stringify(value), secrets)) as T;
  } catch {
    return value;
  }
}
