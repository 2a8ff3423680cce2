import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadConfig } from "../../src/config/load-config.js";
import { type KeychainStore, KeychainUnavailableError } from "../../src/secrets/keychain-store.js";
import { cliPath, ensureBuilt } from "../cli/ensure-built.js";
import { hasScript, runInTty, ttyTitle } from "../cli/run-in-tty.js";

/** An in-memory keychain: the command-level behaviour without an OS service. */
function memoryKeychain(): KeychainStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (a) => entries.get(a),
    set: async (a, s) => {
      entries.set(a, s);
    },
    delete: async (a) => entries.delete(a),
  };
}

const unavailable: KeychainStore = {
  get: () =>
    Promise.reject(new KeychainUnavailableError("the OS keychain is not available here (no D-Bus session)")),
  set: () =>
    Promise.reject(new KeychainUnavailableError("the OS keychain is not available here (no D-Bus session)")),
  delete: () =>
    Promise.reject(new KeychainUnavailableError("the OS keychain is not available here (no D-Bus session)")),
};

const TOKEN = "oomnitza-token-from-keychain-42";
const dir = mkdtempSync(join(tmpdir(), "connector-keychain-"));
const configPath = join(dir, "connector.config.json");
writeFileSync(
  configPath,
  JSON.stringify({
    lever: { apiKeyFrom: "keychain" },
    oomnitza: { baseUrl: "https://acme.oomnitza.com", tokenFrom: "keychain" },
  }),
);

async function cli(args: string[], keychain: KeychainStore, input = "") {
  let stdout = "";
  let stderr = "";
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end(input);
  const code = await main(["node", "connector", "--config", configPath, ...args], "0.0.0-test", {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env: { NO_COLOR: "1" },
    cwd: dir,
    keychain,
  });
  return { code, stdout, stderr };
}

describe("secrets from the keychain (injected store)", () => {
  it("credentials set reads stdin, stores it, and never prints it; the config then resolves it", async () => {
    const store = memoryKeychain();
    const set = await cli(["credentials", "set", "oomnitza"], store, `${TOKEN}\n`);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/Stored in the OS keychain \(service lever-oomnitza, account oomnitza\)/);
    expect(set.stdout + set.stderr).not.toContain(TOKEN);
    expect(store.entries.get("oomnitza")).toBe(TOKEN);

    await cli(["credentials", "set", "lever"], store, "lever-key-from-keychain-1");
    const config = await loadConfig(configPath, { env: {}, keychain: store });
    expect(config.oomnitza.token).toBe(TOKEN);
    expect(config.lever.apiKey).toBe("lever-key-from-keychain-1");

    const status = await cli(["credentials", "status", "--json"], store);
    expect(status.code).toBe(0);
    const doc = JSON.parse(status.stdout) as {
      secrets: Array<{ secret: string; source: string; state: string }>;
    };
    expect(doc.secrets).toEqual([
      {
        secret: "lever.apiKey",
        source: "OS keychain, service lever-oomnitza, account lever",
        state: "stored",
      },
      {
        secret: "oomnitza.token",
        source: "OS keychain, service lever-oomnitza, account oomnitza",
        state: "stored",
      },
    ]);
    expect(status.stdout).not.toContain(TOKEN);

    const del = await cli(["credentials", "delete", "oomnitza"], store);
    expect(del.stdout).toMatch(/Deleted account oomnitza/);
    expect(store.entries.has("oomnitza")).toBe(false);
  });

  it("a missing entry is a config problem that says how to store it", async () => {
    const error = await loadConfig(configPath, { env: {}, keychain: memoryKeychain() }).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(
      /oomnitza\.tokenFrom: the OS keychain holds no secret for account "oomnitza".*Fix: run `connector credentials set oomnitza`/,
    );
  });

  it("no keychain service: exit 2 with the alternatives, no stack trace", async () => {
    const set = await cli(["credentials", "set", "oomnitza"], unavailable, TOKEN);
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/not available here/);
    expect(set.stderr).toMatch(/a command \(apiKeyCommand \/ tokenCommand/);
    expect(set.stderr).not.toMatch(/\n\s+at /);
    const error = await loadConfig(configPath, { env: {}, keychain: unavailable }).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /oomnitza\.tokenFrom: the OS keychain is not available here.*Fix: store the secret elsewhere/,
    );
  });
});

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const realKeychain = has("dbus-run-session") && has("gnome-keyring-daemon");

describe("the real OS keychain (built binary)", () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  it("without a Secret Service, `credentials set` says the keychain is unavailable (exit 2)", () => {
    const r = spawnSync(
      process.execPath,
      [cliPath, "--config", configPath, "credentials", "set", "oomnitza"],
      {
        input: TOKEN,
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "",
          HOME: dir,
          NO_COLOR: "1",
          DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent",
        },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the OS keychain is not available here/);
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
  });

  it.skipIf(!hasScript)(
    ttyTitle("on a terminal, `credentials set` prompts and does not echo the secret"),
    async () => {
      const r = await runInTty(["--config", configPath, "credentials", "set", "oomnitza"], {
        cwd: dir,
        env: { HOME: dir, NO_COLOR: "1", DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent" },
        answer: { when: /Oomnitza API token: $/, text: `${TOKEN}\r` },
      });
      expect(r.output).toMatch(/Oomnitza API token: /);
      // Read (no echo), then refused by the missing keychain service: the secret never reached the screen.
      expect(r.output).toMatch(/the OS keychain is not available here/);
      expect(r.output).not.toContain(TOKEN);
      expect(r.code).toBe(2);
    },
  );

  it.skipIf(!realKeychain)(
    "stores, resolves and deletes through gnome-keyring in a D-Bus session" +
      (realKeychain
        ? ""
        : " (skipped: needs dbus-run-session and gnome-keyring-daemon; .ci/run installs them)"),
    () => {
      const node = JSON.stringify(process.execPath);
      const cli = `${node} ${JSON.stringify(cliPath)} --config ${JSON.stringify(configPath)}`;
      const script = [
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1",
        `printf %s ${TOKEN} | ${cli} credentials set oomnitza`,
        `${cli} credentials status --json`,
        `${cli} credentials delete oomnitza`,
        `${cli} credentials status --json`,
      ].join(" && ");
      const out = execFileSync("dbus-run-session", ["--", "sh", "-c", script], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", HOME: dir, NO_COLOR: "1" },
        timeout: 60_000,
      });
      expect(out).toMatch(/Stored in the OS keychain/);
      const docs = out.match(/^\{[\s\S]*?^\}/gm) ?? [];
      const states = docs.map((d) => (JSON.parse(d) as { secrets: { state: string }[] }).secrets[1]?.state);
      expect(states).toEqual(["stored", "missing"]);
      expect(out).toMatch(/Deleted account oomnitza/);
      expect(out).not.toContain(TOKEN);
    },
  );
});
