import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { interpolateEnv } from "../../config/interpolate-env.js";
import { ExitCode } from "../../errors/exit-codes.js";
import {
  KEYCHAIN_SERVICE,
  type KeychainStore,
  KeychainUnavailableError,
  osKeychain,
} from "../../secrets/keychain-store.js";
import { type SecretSlot, secretOrigin } from "../../secrets/resolve-secret.js";
import type { CliContext } from "../cli-context.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { formatTable } from "../format/format-table.js";
import { readRawConfig } from "../read-raw-config.js";
import { readSecretInput } from "../read-secret-input.js";
import { withHelp } from "../with-help.js";

const WHAT: Record<string, string> = {
  lever: "Lever API key (or OAuth access token)",
  oomnitza: "Oomnitza API token",
};

function account(name: string): string {
  if (!/^[\w.@-]+$/.test(name))
    throw new CliError(
      `"${name}" is not a keychain account name.`,
      ExitCode.usage,
      'Use lever, oomnitza, or the name after "keychain:" in the config (letters, digits, . _ @ -).',
    );
  return name;
}

const keychainOf = (ctx: CliContext): KeychainStore => ctx.io.keychain ?? osKeychain();

/** Runs a keychain operation; a missing keychain service is exit 2 with the alternatives. */
async function withKeychain<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    if (error instanceof KeychainUnavailableError)
      throw new CliError(`${error.message}.`, ExitCode.usage, `Nothing was stored; ${error.fix}`);
    throw error;
  }
}

/** Every secret slot a config has, with where it is read from (never its value). */
async function statusRows(
  ctx: CliContext,
): Promise<Array<{ secret: string; source: string; state: string }>> {
  const raw = existsSync(ctx.configPath) ? readRawConfig(ctx.configPath) : {};
  const config = interpolateEnv(raw, ctx.io.env, []) as Record<string, unknown>;
  const section = (k: string) => (config[k] ?? {}) as Record<string, unknown>;
  const lever = section("lever");
  const leverSlot: SecretSlot =
    lever.accessToken || lever.accessTokenFile || lever.accessTokenCommand || lever.accessTokenFrom
      ? { section: lever, path: "lever.accessToken", keychainAccount: "lever" }
      : { section: lever, path: "lever.apiKey", envName: "LEVER_API_KEY", keychainAccount: "lever" };
  const slots: SecretSlot[] = [
    leverSlot,
    {
      section: section("oomnitza"),
      path: "oomnitza.token",
      envName: "OOMNITZA_API_TOKEN",
      keychainAccount: "oomnitza",
    },
    ...(Array.isArray(config.notify) ? config.notify : []).map((t, i) => ({
      section: (t ?? {}) as Record<string, unknown>,
      path: `notify.${i}.secret`,
      keychainAccount: `notify-${i}`,
    })),
  ];
  const rows = [];
  for (const slot of slots) {
    const o = secretOrigin(slot, ctx.io.env);
    const key = slot.path.split(".").pop();
    const base = slot.path.slice(0, slot.path.length - (key?.length ?? 0));
    let source: string;
    let state: string;
    switch (o.kind) {
      case "value":
        source = `${slot.path} (in the config)`;
        state = "set";
        break;
      case "file":
        source = `${base}${key}File ${o.file}`;
        state = existsSync(resolve(dirname(ctx.configPath), o.file)) ? "file exists" : "file missing";
        break;
      case "command":
        source = `${base}${key}Command (${o.program})`;
        state = "run at each run";
        break;
      case "keychain":
        source = `OS keychain, service ${KEYCHAIN_SERVICE}, account ${o.account}`;
        try {
          state = (await keychainOf(ctx).get(o.account)) ? "stored" : "missing";
        } catch (error) {
          state = error instanceof KeychainUnavailableError ? "keychain unavailable" : "unreadable";
        }
        break;
      case "env":
        source = `environment ${o.name}`;
        state = "set";
        break;
      default:
        source = slot.envName ? `environment ${slot.envName}` : "—";
        state = "not set";
    }
    rows.push({ secret: slot.path, source, state });
  }
  return rows;
}

/** `connector credentials set|delete <lever|oomnitza|account>` and `credentials status`: secrets in the OS keychain. */
export function registerCredentialsCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("credentials")
    .description(
      "store the Lever and Oomnitza secrets in the OS keychain, and show where each secret comes from",
    );

  const set = cmd
    .command("set <target>")
    .description("store a secret in the OS keychain (prompted without echo, or read from stdin)")
    .action(async (target: string, _flags: object, command: Command) => {
      const ctx = deps.context(command);
      const name = account(target);
      const secret = await readSecretInput(ctx.io, `${WHAT[name] ?? `Secret for ${name}`}: `);
      if (secret === "")
        throw new CliError(
          "No secret given; nothing was stored.",
          ExitCode.usage,
          "Type or pipe the secret.",
        );
      ctx.secrets.push(secret);
      await withKeychain(() => keychainOf(ctx).set(name, secret));
      const key =
        name === "oomnitza"
          ? "oomnitza.tokenFrom"
          : name === "lever"
            ? "lever.apiKeyFrom"
            : `…From: keychain:${name}`;
      ctx.out.line(
        `Stored in the OS keychain (service ${KEYCHAIN_SERVICE}, account ${name}). Use it with ${key.startsWith("…") ? key : `${key}: keychain`}.`,
      );
    });
  withHelp(set, {
    examples: [
      "connector credentials set oomnitza",
      "op read op://it/lever/api-key | connector credentials set lever",
    ],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });

  const del = cmd
    .command("delete <target>")
    .description("remove a secret from the OS keychain")
    .action(async (target: string, _flags: object, command: Command) => {
      const ctx = deps.context(command);
      const name = account(target);
      const removed = await withKeychain(() => keychainOf(ctx).delete(name));
      ctx.out.line(
        removed
          ? `Deleted account ${name} from the OS keychain.`
          : `The OS keychain had no secret for account ${name}.`,
      );
    });
  withHelp(del, {
    examples: ["connector credentials delete lever"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });

  const status = cmd
    .command("status")
    .description("where each secret of the config comes from, and whether it is there (never the value)")
    .option("--json", "print the status as one JSON document", false)
    .action(async (flags: { json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const rows = await statusRows(ctx);
      if (ctx.json) {
        ctx.out.json({ config: ctx.configPath, secrets: rows });
        return;
      }
      const table = formatTable(
        [{ header: "secret" }, { header: "comes from" }, { header: "state" }],
        rows.map((r) => [r.secret, r.source, r.state]),
      );
      for (const line of table) ctx.out.line(line);
    });
  withHelp(status, {
    examples: ["connector credentials status", "connector credentials status --json"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });

  return withHelp(cmd, {
    examples: [
      "connector credentials set oomnitza",
      "connector credentials status",
      "connector credentials delete lever",
    ],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}
