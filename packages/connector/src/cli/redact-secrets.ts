/** Replaces every occurrence of each secret (at least 4 characters) with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would mangle ordinary words; real keys and tokens are long.
    if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  return out;
}
