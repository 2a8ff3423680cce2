import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { runSecretCommand, SecretCommandError } from "../../src/secrets/run-secret-command.js";

const script = fileURLToPath(new URL("../fixtures/secret-command.mjs", import.meta.url));
const SECRET = "s3cret-from-command-0123456789";
const argv = (mode: string) => [process.execPath, script, mode, SECRET];
const cwd = process.cwd();

/** Any 8-character piece of the secret in a text is a leak. */
const leaks = (text: string) =>
  Array.from({ length: SECRET.length - 7 }, (_, i) => SECRET.slice(i, i + 8)).some((p) => text.includes(p));

describe("runSecretCommand (a real child process, no shell)", () => {
  it("returns stdout trimmed", async () => {
    await expect(runSecretCommand(argv("ok"), { cwd })).resolves.toBe(SECRET);
  });

  it.each([
    ["a non-zero exit", "fail", /exited with code 3: vault: permission denied/],
    ["empty output", "empty", /printed nothing on stdout \(stderr: nothing here\)/],
  ])("names %s with stderr and never echoes stdout", async (_name, mode, message) => {
    const error = await runSecretCommand(argv(mode), { cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretCommandError);
    expect((error as Error).message).toMatch(message);
    expect(leaks((error as Error).message)).toBe(false);
  });

  it("kills a command that hangs and says so", async () => {
    const error = await runSecretCommand(argv("hang"), { cwd, timeoutMs: 300 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/did not finish within 0.3 s/);
  });

  it("names a program that does not exist", async () => {
    const error = await runSecretCommand(["no-such-vault-cli-xyz", "read"], { cwd }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("no-such-vault-cli-xyz: program not found.");
  });

  it("runs the argv as given: shell syntax stays literal", async () => {
    await expect(
      runSecretCommand([process.execPath, script, "ok", "$(echo pwned);`id`"], { cwd }),
    ).resolves.toBe("$(echo pwned);`id`");
  });
});

describe("loadConfig with apiKeyCommand / tokenCommand", () => {
  const base = (lever: object, oomnitza: object) => ({
    lever,
    oomnitza: { baseUrl: "https://acme.oomnitza.com", ...oomnitza },
  });

  it("resolves both secrets from commands", async () => {
    const config = await loadConfig(
      base(
        { apiKeyCommand: argv("ok") },
        { tokenCommand: [process.execPath, script, "ok", "tok-123456789"] },
      ),
      { env: {} },
    );
    expect(config.lever.apiKey).toBe(SECRET);
    expect(config.oomnitza.token).toBe("tok-123456789");
  });

  it("a failing command is a config problem at its key, with the fix and no secret", async () => {
    const error = await loadConfig(base({ apiKeyCommand: argv("fail") }, { tokenCommand: argv("empty") }), {
      env: {},
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ name: "ConfigError" });
    const text = String((error as Error).message);
    expect(text).toMatch(
      /lever\.apiKeyCommand: .*exited with code 3.*Fix: make the command print only the secret/,
    );
    expect(text).toMatch(/oomnitza\.tokenCommand: .*printed nothing/);
    expect(leaks(text)).toBe(false);
  });

  it("refuses two sources for one secret and a shell string instead of an argv list", async () => {
    const error = await loadConfig(
      base({ apiKey: "k", apiKeyCommand: argv("ok") }, { tokenCommand: "vault kv get secret/oomnitza" }),
      { env: {} },
    ).catch((e: unknown) => e as Error);
    const text = String((error as Error).message);
    expect(text).toMatch(/lever\.apiKeyCommand: lever\.apiKey and lever\.apiKeyCommand are both set/);
    expect(text).toMatch(/oomnitza\.tokenCommand/);
  });

  it("takes a Lever OAuth access token from a command instead of an API key", async () => {
    const config = await loadConfig(base({ accessTokenCommand: argv("ok") }, { token: "t" }), { env: {} });
    expect(config.lever.accessToken).toBe(SECRET);
    expect(config.lever.apiKey).toBeUndefined();
  });
});
