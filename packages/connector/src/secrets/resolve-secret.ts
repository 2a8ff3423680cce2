import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ConfigProblem } from "../config/config-error.js";
import { type KeychainStore, KeychainUnavailableError } from "./keychain-store.js";
import { runSecretCommand } from "./run-secret-command.js";

/** One secret of the config and the ways it may be given. */
export interface SecretSlot {
  /** The config section holding it, as written (after `${ENV}` interpolation). */
  section: Record<string, unknown>;
  /** Dotted path of the inline key, e.g. `lever.apiKey`; its siblings are `…File`, `…Command`, `…From`. */
  path: string;
  /** Environment variable read when no source is written in the config. */
  envName?: string | undefined;
  /** Keychain account of `…From: keychain` (`keychain:<account>` overrides it). */
  keychainAccount: string;
}

/** What resolving secrets may reach: the environment, the config's folder, the keychain. */
export interface SecretContext {
  env: Record<string, string | undefined>;
  baseDir: string;
  keychain: () => KeychainStore;
  /** Resolve nothing: every secret is a placeholder (commands that read local state only). */
  skip?: boolean | undefined;
}

/** What a skipped secret resolves to. */
const UNRESOLVED = "unresolved-offline";

/** The keys of a secret slot besides the inline one. */
const SOURCES = ["File", "Command", "From"] as const;

/** Where a secret comes from, for `credentials status` (never the value). */
export type SecretOrigin =
  | { kind: "value" }
  | { kind: "file"; file: string }
  | { kind: "command"; program: string }
  | { kind: "keychain"; account: string }
  | { kind: "env"; name: string }
  | { kind: "none" };

/** Which source a slot uses, without reading it. Several given at once is a problem, not a choice. */
export function secretOrigin(slot: SecretSlot, env: Record<string, string | undefined>): SecretOrigin {
  const key = slot.path.split(".").pop() as string;
  const s = slot.section;
  if (typeof s[key] === "string" && (s[key] as string).trim() !== "") return { kind: "value" };
  if (typeof s[`${key}File`] === "string") return { kind: "file", file: s[`${key}File`] as string };
  const command = s[`${key}Command`];
  if (Array.isArray(command)) return { kind: "command", program: String(command[0]) };
  if (typeof s[`${key}From`] === "string")
    return { kind: "keychain", account: keychainAccount(s[`${key}From`] as string, slot.keychainAccount) };
  if (slot.envName && env[slot.envName]?.trim()) return { kind: "env", name: slot.envName };
  return { kind: "none" };
}

/**
 * Resolves one secret from its inline value, file, command, keychain entry or environment variable,
 * once per run. Returns `undefined` when none is given (the caller decides whether that is a problem);
 * every failure is a problem naming the key and the fix. The secret itself never enters a message.
 */
export async function resolveSecret(
  slot: SecretSlot,
  ctx: SecretContext,
  problems: ConfigProblem[],
): Promise<string | undefined> {
  if (ctx.skip) return secretOrigin(slot, ctx.env).kind === "none" ? undefined : UNRESOLVED;
  const key = slot.path.split(".").pop() as string;
  const base = slot.path.slice(0, -key.length);
  const given = [key, ...SOURCES.map((s) => `${key}${s}`)].filter(
    (k) => slot.section[k] !== undefined && slot.section[k] !== "",
  );
  if (given.length > 1) {
    problems.push({
      path: `${base}${given[1]}`,
      message: `${given.map((k) => base + k).join(" and ")} are both set.`,
      fix: `keep only one source for the ${key}.`,
    });
    return undefined;
  }
  const origin = secretOrigin(slot, ctx.env);
  const at = (suffix: string) => `${base}${key}${suffix}`;
  try {
    switch (origin.kind) {
      case "value":
        return (slot.section[key] as string).trim();
      case "file":
        return await fromFile(resolve(ctx.baseDir, origin.file), at("File"), problems);
      case "command":
        return await runSecretCommand(slot.section[`${key}Command`] as string[], {
          cwd: ctx.baseDir,
          env: ctx.env as NodeJS.ProcessEnv,
        });
      case "keychain": {
        const secret = await ctx.keychain().get(origin.account);
        if (secret !== undefined && secret !== "") return secret;
        problems.push({
          path: at("From"),
          message: `the OS keychain holds no secret for account "${origin.account}" (service lever-oomnitza).`,
          fix: `run \`connector credentials set ${origin.account}\` to store it.`,
        });
        return undefined;
      }
      case "env":
        return ctx.env[origin.name]?.trim();
      case "none":
        return undefined;
    }
  } catch (error) {
    const fix =
      error instanceof KeychainUnavailableError
        ? error.fix
        : origin.kind === "command"
          ? "make the command print only the secret on stdout and exit 0; try it in a shell first."
          : "check the source named.";
    problems.push({
      path: at(origin.kind === "command" ? "Command" : "From"),
      message: `${(error as Error).message}`,
      fix,
    });
    return undefined;
  }
}

/** The "is empty" problem of a required secret, naming every source it could come from. */
export function missingSecret(slot: SecretSlot): ConfigProblem {
  const key = slot.path.split(".").pop() as string;
  const env = slot.envName ? `set ${slot.envName}, or write ${key}: \${${slot.envName}}, or ` : "";
  return {
    path: slot.path,
    message: "is empty.",
    fix: `${env}set ${key}File (a file holding it), ${key}Command (a program printing it) or ${key}From: keychain.`,
  };
}

function keychainAccount(from: string, fallback: string): string {
  return from.startsWith("keychain:") ? from.slice("keychain:".length) : fallback;
}

/** A key or token is a line of text; a larger "secret file" is the wrong file (or /dev/zero). */
const MAX_SECRET_FILE_BYTES = 64 * 1024;

/**
 * Reads a secret file: a regular file (a FIFO would block forever, a device such as /dev/zero never
 * ends) of at most 64 KiB.
 */
async function fromFile(file: string, path: string, problems: ConfigProblem[]): Promise<string | undefined> {
  const fix = "point it at a readable file that holds only the secret.";
  try {
    // stat first: opening a FIFO for reading blocks until a writer appears.
    const info = await stat(file);
    if (!info.isFile()) {
      const what = info.isFIFO() ? "a named pipe" : info.isDirectory() ? "a directory" : "a device or socket";
      problems.push({ path, message: `${file} is ${what}, not a regular file.`, fix });
      return undefined;
    }
    const handle = await open(file, "r");
    let text: string;
    try {
      // One byte past the cap: files under /proc report size 0 and may still be long.
      const buffer = Buffer.alloc(MAX_SECRET_FILE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (info.size > MAX_SECRET_FILE_BYTES || bytesRead > MAX_SECRET_FILE_BYTES) {
        problems.push({
          path,
          message: `${file} is larger than ${MAX_SECRET_FILE_BYTES} bytes; a secret file holds one secret.`,
          fix,
        });
        return undefined;
      }
      text = buffer.subarray(0, bytesRead).toString("utf8").trim();
    } finally {
      await handle.close();
    }
    if (text !== "") return text;
    problems.push({ path, message: `${file} is empty.`, fix: "write the secret into that file." });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    problems.push({ path, message: `cannot read ${file} (${code}).`, fix });
  }
  return undefined;
}
