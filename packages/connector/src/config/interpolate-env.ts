import type { ConfigProblem } from "./config-error.js";

/** Config keys that hold secrets. */
const SECRET_KEYS = new Set(["apiKey", "token", "password"]);

const PATTERN = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${VAR}` (and `${VAR:-default}`) in every string of a parsed config; `$${` stays a literal
 * `${`. Done after parsing, so a value can never inject YAML. Unset variables become problems.
 */
export function interpolateEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  problems: ConfigProblem[],
  path: string[] = [],
): unknown {
  if (typeof value === "string") return interpolateString(value, env, problems, path);
  if (Array.isArray(value))
    return value.map((v, i) => interpolateEnv(v, env, problems, [...path, String(i)]));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, problems, [...path, k]);
    return out;
  }
  return value;
}

function interpolateString(
  text: string,
  env: Record<string, string | undefined>,
  problems: ConfigProblem[],
  path: string[],
): string {
  return text.replace(PATTERN, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === "$${") return "${";
    const found = env[name as string];
    if (found !== undefined && found !== "") return found;
    if (fallback !== undefined) return fallback;
    const secret = SECRET_KEYS.has(path.at(-1) ?? "");
    problems.push({
      path: path.join("."),
      message: `environment variable ${name} is not set.`,
      // A default next to a secret would put the secret in the file: point at the *File option instead.
      fix: secret
        ? `export ${name}=... before running, or put it in a file and use ${path.at(-1)}File.`
        : `export ${name}=... before running, or write \${${name}:-default} for a default.`,
    });
    return "";
  });
}
