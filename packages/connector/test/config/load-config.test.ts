import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/index.js";

const SECRET_KEY = "lever-secret-key-123";
const SECRET_TOKEN = "oomnitza-secret-token-456";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "connector-config-"));
}

async function problemsOf(input: Record<string, unknown>, env: Record<string, string> = {}) {
  try {
    await loadConfig(input, { env, cwd: "/srv" });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("reads YAML, interpolates ${ENV}, fills defaults and resolves paths against the file", async () => {
    const dir = tmp();
    const file = join(dir, "connector.config.yaml");
    writeFileSync(
      file,
      [
        "lever: { apiKey: ${LEVER_API_KEY}, region: global }",
        "oomnitza: { baseUrl: https://acme.oomnitza.com, token: ${OOMNITZA_API_TOKEN} }",
        "sync: { records: users }",
        "saas: { maxDeactivations: 10 }",
      ].join("\n"),
    );
    const config = await loadConfig(file, {
      env: { LEVER_API_KEY: SECRET_KEY, OOMNITZA_API_TOKEN: SECRET_TOKEN },
    });
    expect(config.lever).toMatchObject({ apiKey: SECRET_KEY, region: "global" });
    expect(config.oomnitza).toMatchObject({ baseUrl: "https://acme.oomnitza.com", token: SECRET_TOKEN });
    expect(config.sync).toEqual({
      records: "users",
      preference: "create-and-update",
      schedule: "0 2 * * *",
      concurrency: 16,
      maxUpdates: "20%",
    });
    expect(config.saas).toEqual({ app: "Lever", deactivateMissing: true, maxDeactivations: 10 });
    expect(config.oomnitza.maxPerSecond).toBeUndefined();
    const capped = await loadConfig(
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "acme", token: "t", maxPerSecond: 120 } },
      { env: {} },
    );
    expect(capped.oomnitza).toMatchObject({ maxPerSecond: 120 });
    expect(capped.oomnitza.rateLimit).toBeUndefined();
    expect(config.state.dir).toBe(join(dir, ".connector"));
    expect(config.source).toBe(file);
  });

  it("reads JSON and secrets from files, and falls back to the environment", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "token.txt"), `${SECRET_TOKEN}\n`);
    writeFileSync(
      join(dir, "c.json"),
      JSON.stringify({
        oomnitza: { subdomain: "acme", tokenFile: "token.txt" },
        saas: { maxDeactivations: "5%" },
      }),
    );
    const config = await loadConfig(join(dir, "c.json"), { env: { LEVER_API_KEY: SECRET_KEY } });
    expect(config.oomnitza.token).toBe(SECRET_TOKEN);
    expect(config.oomnitza.baseUrl).toBe("https://acme.oomnitza.com");
    expect(config.lever.apiKey).toBe(SECRET_KEY);
  });

  it("accepts loopback http base URLs (the sandbox) and refuses plain http elsewhere", async () => {
    const env = { LEVER_API_KEY: SECRET_KEY, OOMNITZA_API_TOKEN: SECRET_TOKEN };
    const ok = await loadConfig(
      { lever: { baseUrl: "http://127.0.0.1:4010/v1" }, oomnitza: { baseUrl: "http://localhost:4020/" } },
      { env },
    );
    expect(ok.oomnitza.baseUrl).toBe("http://localhost:4020");
    const problems = await problemsOf(
      { lever: { baseUrl: "http://lever.example" }, oomnitza: { baseUrl: "http://x.oomnitza.com" } },
      env,
    );
    expect(problems.map((p) => p.path)).toEqual(["lever.baseUrl", "oomnitza.baseUrl"]);
    expect(problems[0]?.fix).toContain("https://lever.example");
  });

  it.each([
    [
      "a missing secret names the variable and the file option",
      { oomnitza: { baseUrl: "https://a.oomnitza.com" } },
      "lever.apiKey",
      "LEVER_API_KEY",
    ],
    [
      "an unset ${VAR}",
      { lever: { apiKey: "${NOPE}" }, oomnitza: { subdomain: "a", token: "t" } },
      "lever.apiKey",
      "export NOPE",
    ],
    [
      "a misspelt key",
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "a", token: "t" }, sink: {} },
      "sink",
      'did you mean "sync"?',
    ],
    [
      "a bad enum",
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "a", token: "t" }, sync: { records: "all" } },
      "sync.records",
      '"users-and-saas-users"',
    ],
    [
      "a bad percentage",
      {
        lever: { apiKey: "k" },
        oomnitza: { subdomain: "a", token: "t" },
        saas: { maxDeactivations: "five" },
      },
      "saas.maxDeactivations",
      '"5%"',
    ],
    [
      "no Oomnitza URL",
      { lever: { apiKey: "k" }, oomnitza: { token: "t" } },
      "oomnitza.baseUrl",
      "oomnitza.com",
    ],
    [
      "a write-rate ceiling that is not a number",
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "a", token: "t", maxPerSecond: "fast" } },
      "oomnitza.maxPerSecond",
      "number",
    ],
    [
      "a write-rate ceiling of 0",
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "a", token: "t", maxPerSecond: 0 } },
      "oomnitza.maxPerSecond",
      "0.1",
    ],
    [
      "a write-rate ceiling beside a fixed rateLimit",
      {
        lever: { apiKey: "k" },
        oomnitza: { subdomain: "a", token: "t", maxPerSecond: 100, rateLimit: { perSecond: 50, burst: 50 } },
      },
      "oomnitza.maxPerSecond",
      "not both",
    ],
  ])("reports %s with its path and fix", async (_name, input, path, fix) => {
    const problems = await problemsOf(input);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.fix).toContain(fix);
  });

  it("reports every problem at once, shape and secrets together", async () => {
    const problems = await problemsOf({ oomnitza: {}, sync: { preference: "sometimes", concurrency: 0 } });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "lever.apiKey",
      "oomnitza.baseUrl",
      "oomnitza.token",
      "sync.concurrency",
      "sync.preference",
    ]);
  });

  it("never puts a secret into a problem", async () => {
    try {
      await loadConfig(
        {
          lever: { apiKey: SECRET_KEY, baseUrl: "ftp://x" },
          oomnitza: { subdomain: "a b", token: SECRET_TOKEN },
        },
        { env: {} },
      );
      throw new Error("expected a ConfigError");
    } catch (error) {
      const text = JSON.stringify((error as ConfigError).problems) + String(error);
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain(SECRET_TOKEN);
    }
  });

  it("names a missing file and suggests connector init", async () => {
    await expect(loadConfig(join(tmp(), "missing.yaml"))).rejects.toThrow(/connector init/);
  });
});

describe("loadConfig with a mapping", () => {
  it("reports problems of a full mapping under mapping., with the rest of the config's", async () => {
    try {
      await loadConfig(
        {
          oomnitza: { subdomain: "a", token: "t" },
          mapping: {
            syncKeys: ["email"],
            role: 25,
            fields: { username: "email", email: { from: "email", transform: "shout" } },
          },
        },
        { env: {} },
      );
      throw new Error("expected a ConfigError");
    } catch (error) {
      const paths = (error as ConfigError).problems.map((p) => p.path);
      expect(paths).toContain("lever.apiKey");
      expect(paths.some((p) => p.startsWith("mapping.fields.email"))).toBe(true);
    }
  });

  it("accepts a partial mapping such as { role } (completed by smartMapping at run time)", async () => {
    const config = await loadConfig(
      { lever: { apiKey: "k" }, oomnitza: { subdomain: "a", token: "t" }, mapping: { role: 25 } },
      { env: {} },
    );
    expect(config.mapping).toEqual({ role: 25 });
  });
});

describe("loadConfig: fixes that say what to write", () => {
  const base = { oomnitza: { baseUrl: "https://acme.oomnitza.com", token: "t" }, lever: { apiKey: "k" } };

  it.each([
    [
      "a schedule that is not cron",
      { given: { ...base, sync: { schedule: "every day" } }, path: "sync.schedule", fix: /"0 2 \* \* \*"/ },
    ],
    [
      "an object given as text",
      { given: { ...base, saas: "Lever" }, path: "saas", fix: /^set it to an object/ },
    ],
    [
      "a yes/no given as text",
      {
        given: {
          ...base,
          workflows: { w: { type: "saas-user-role", trigger: "after-sync", deactivateMissing: "yes" } },
        },
        path: "workflows.w.deactivateMissing",
        fix: /true or false/,
      },
    ],
    [
      "too little concurrency",
      { given: { ...base, sync: { concurrency: 0 } }, path: "sync.concurrency", fix: /at least 1/ },
    ],
  ])("%s", async (_name, { given, path, fix }) => {
    const problems = await problemsOf(given);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.fix).toMatch(fix);
  });
});

describe("loadConfig: unset secrets", () => {
  it("suggests a file, never a default in the config, for a secret; a default for other values", async () => {
    const problems = await problemsOf({
      lever: { apiKey: "${LEVER_API_KEY}" },
      oomnitza: { baseUrl: "https://${TENANT}.oomnitza.com", token: "${OOMNITZA_API_TOKEN}" },
    });
    const fix = (path: string) => problems.find((p) => p.path === path)?.fix ?? "";
    expect(fix("lever.apiKey")).toContain("apiKeyFile");
    expect(fix("lever.apiKey")).not.toContain(":-default");
    expect(fix("oomnitza.token")).toContain("tokenFile");
    expect(fix("oomnitza.baseUrl")).toContain("${TENANT:-default}");
  });
});
