import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, type SandboxOptions, startSandbox } from "@lever-oomnitza/sandbox";
import { stringify } from "yaml";
import { README_FIELDS } from "../fixtures/readme-mapping.js";

/** A running sandbox plus a temp folder holding a config that points at it. */
export interface SandboxFixture {
  sandbox: Sandbox;
  dir: string;
  configPath: string;
  /** Environment the binary needs: the sandbox's key and token (read by `${...}` in the config). */
  env: Record<string, string>;
  /** Strings that must never appear in any output. */
  secrets: string[];
  /** Rewrites the config with changes merged into the sections given. */
  writeConfig(changes?: Record<string, Record<string, unknown>>): void;
  close(): Promise<void>;
}

/** Starts a small sandbox and writes `connector.config.yaml` for it (secrets only through the env). */
export async function sandboxFixture(o: SandboxOptions = {}): Promise<SandboxFixture> {
  const sandbox = await startSandbox({ leverUsers: 30, ...o });
  const dir = mkdtempSync(join(tmpdir(), "connector-cli-test-"));
  const configPath = join(dir, "connector.config.yaml");
  const base = () => ({
    lever: { baseUrl: sandbox.lever.baseUrl, apiKey: "${LEVER_API_KEY}" },
    oomnitza: {
      baseUrl: sandbox.oomnitza.baseUrl,
      token: "${OOMNITZA_API_TOKEN}",
      rateLimit: { perSecond: 500, burst: 100 },
    },
    sync: { records: "users-and-saas-users" },
    saas: { app: "Lever", deactivateMissing: true, maxDeactivations: 10 },
    state: { dir: ".connector" },
    mapping: {
      syncKeys: ["email"],
      role: 25,
      fields: README_FIELDS,
    },
  });
  const fixture: SandboxFixture = {
    sandbox,
    dir,
    configPath,
    env: {
      LEVER_API_KEY: sandbox.lever.credentials.apiKey,
      OOMNITZA_API_TOKEN: sandbox.oomnitza.credentials.token,
    },
    secrets: [sandbox.lever.credentials.apiKey, sandbox.oomnitza.credentials.token],
    writeConfig(changes = {}) {
      const config: Record<string, Record<string, unknown>> = base();
      for (const [section, patch] of Object.entries(changes))
        config[section] = Array.isArray(patch) ? patch : { ...config[section], ...patch };
      writeFileSync(configPath, stringify(config));
    },
    async close() {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  fixture.writeConfig();
  return fixture;
}

/** Every secret absent from every text. */
export function secretFree(texts: string[], secrets: string[]): boolean {
  return texts.every((t) => secrets.every((s) => !t.includes(s)));
}
