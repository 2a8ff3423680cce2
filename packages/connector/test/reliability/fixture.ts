import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, type SandboxOptions, startSandbox } from "@lever-oomnitza/sandbox";
import { expect } from "vitest";
import type { Connector, ConnectorOptions } from "../../src/engine/connector-types.js";
import { createConnector, loadConfig } from "../../src/index.js";
import { README_MAPPING as MAPPING, memoryLogger } from "../fixtures/readme-mapping.js";

export { memoryLogger, README_MAPPING as MAPPING } from "../fixtures/readme-mapping.js";

/** A running sandbox with distinctive secrets, a temp folder and a config that points at it. */
export interface Fixture {
  sandbox: Sandbox;
  dir: string;
  stateDir: string;
  /** The sandbox's Lever key and Oomnitza token: they must never appear in any output. */
  secrets: string[];
  /** What the CLI needs in its environment (the config reads `${LEVER_API_KEY}` and `${OOMNITZA_API_TOKEN}`). */
  env: Record<string, string>;
  logger: ReturnType<typeof memoryLogger>;
  /** The raw config object; `over` replaces whole sections. */
  rawConfig(over?: Record<string, unknown>): Record<string, unknown>;
  /** Writes the raw config as JSON into the temp folder and returns its path. */
  writeConfig(over?: Record<string, unknown>, name?: string): string;
  connector(over?: Record<string, unknown>, opts?: ConnectorOptions): Promise<Connector>;
  close(): Promise<void>;
}

/** Starts both sandboxes (no latency, no faults, no rate limits unless asked) with fresh random secrets. */
export async function fixture(o: SandboxOptions = {}): Promise<Fixture> {
  const apiKey = `lever_rel_${randomBytes(16).toString("hex")}`;
  const token = `oomnitza_rel_${randomBytes(16).toString("hex")}`;
  const sandbox = await startSandbox({
    ...o,
    lever: { ...o.lever, apiKey, faults: { rateLimit: false, ...o.lever?.faults } },
    oomnitza: { ...o.oomnitza, token, faults: { rateLimit: false, ...o.oomnitza?.faults } },
  });
  const dir = mkdtempSync(join(tmpdir(), "connector-reliability-"));
  const stateDir = join(dir, "state");
  const env = { LEVER_API_KEY: apiKey, OOMNITZA_API_TOKEN: token };
  const logger = memoryLogger();
  const rawConfig = (over: Record<string, unknown> = {}) => ({
    lever: { baseUrl: sandbox.lever.baseUrl, apiKey: "${LEVER_API_KEY}" },
    oomnitza: {
      baseUrl: sandbox.oomnitza.baseUrl,
      token: "${OOMNITZA_API_TOKEN}",
      rateLimit: false,
    },
    sync: { records: "users-and-saas-users", concurrency: 32 },
    mapping: MAPPING,
    saas: { app: "Lever", deactivateMissing: true, maxDeactivations: "5%" },
    state: { dir: stateDir },
    ...over,
  });
  return {
    sandbox,
    dir,
    stateDir,
    secrets: [apiKey, token],
    env,
    logger,
    rawConfig,
    writeConfig(over, name = "connector.config.json") {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(rawConfig(over), null, 2));
      return path;
    },
    connector: async (over, opts) =>
      createConnector(await loadConfig(rawConfig(over), { env }), { logger, ...opts }),
    close: async () => {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` as text (run reports, state snapshots, plans, configs written by tests). */
export function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [readFileSync(path, "utf8")];
  });
}

/** Fails when any text holds a secret, raw or as the Basic-auth header value that carries it. */
export function expectNoSecrets(texts: readonly string[], secrets: readonly string[]): void {
  const forms = secrets.flatMap((s) => [s, Buffer.from(`${s}:`).toString("base64")]);
  for (const text of texts)
    for (const form of forms) expect(text.includes(form), "a secret leaked").toBe(false);
}

/** The Oomnitza side of a sync, independent of generated ids: people by Lever id, Lever seats by external id. */
export function oomnitzaState(sandbox: Sandbox) {
  const users = sandbox.oomnitza.state.users();
  const leverIdOf = new Map(users.map((u) => [u.user_id, u.lever_id ?? null]));
  const people = users
    .map((u) => ({
      key: typeof u.lever_id === "string" ? `lever:${u.lever_id}` : `email:${String(u.email).toLowerCase()}`,
      username: u.username,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      role: u.role,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const app = sandbox.oomnitza.state.findSaasApp("Lever");
  const seats = (app ? sandbox.oomnitza.state.saasUsers(app.saas_id) : [])
    .map((s) => ({
      externalId: s.user_external_id ?? null,
      person: leverIdOf.get(String(s.user_id)) ?? null,
      status: s.status,
      roles: (Array.isArray(s.roles) ? s.roles : []).map((r) => r.role_external_label).sort(),
    }))
    .sort((a, b) => String(a.person).localeCompare(String(b.person)));
  return { people, seats };
}

/** Asserts the invariants of a converged tenant: no duplicate person or seat, one seat per person at most. */
export function expectNoDuplicates(sandbox: Sandbox): void {
  const report = sandbox.oomnitza.state.duplicates();
  expect(report, JSON.stringify(report).slice(0, 500)).toMatchObject({ clean: true });
  const { people, seats } = oomnitzaState(sandbox);
  expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
  const seatPeople = seats.map((s) => s.person);
  expect(new Set(seatPeople).size).toBe(seatPeople.length);
}
