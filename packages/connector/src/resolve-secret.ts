import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ConfigProblem } from "./types.js";

interface SecretSource {
  value: string | undefined;
  file: string | undefined;
  envName: string;
  path: string;
  filePath: string;
}

/**
 * Resolves a secret from the config value, else its file, else the environment variable; reports a
 * problem naming all three when none is set. The secret itself never enters a message.
 */
export async function resolveSecret(
  s: SecretSource,
  env: Record<string, string | undefined>,
  baseDir: string,
  problems: ConfigProblem[],
): Promise<string> {
  if (s.value !== undefined && s.value.trim() !== "") return s.value.trim();
  if (s.file !== undefined) {
    const file = resolve(baseDir, s.file);
    try {
      const text = (await readFile(file, "utf8")).trim();
      if (text !== "") return text;
      problems.push({
        path: s.filePath,
        message: `${file} is empty.`,
        fix: "write the secret into that file.",
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      problems.push({
        path: s.filePath,
        message: `cannot read ${file} (${code}).`,
        fix: "point it at a readable file that holds only the secret.",
      });
    }
    return "";
  }
  const fromEnv = env[s.envName]?.trim();
  if (fromEnv) return fromEnv;
  const fileKey = s.filePath.split(".").pop();
  problems.push({
    path: s.path,
    message: "is empty.",
    fix: `set ${s.envName}, or write ${s.path.split(".").pop()}: \${${s.envName}}, or set ${fileKey} to a file holding it.`,
  });
  return "";
}
