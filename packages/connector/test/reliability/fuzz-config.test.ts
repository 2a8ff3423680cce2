import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { ConfigError, loadConfig } from "../../src/index.js";
import { ensureBuilt } from "../cli/ensure-built.js";
import { expectNoSecrets, type Fixture, fixture } from "./fixture.js";
import { spawnCli } from "./spawn-cli.js";

// biome-ignore lint/suspicious/noExplicitAny: configs are broken by dotted path here; loadConfig is what types them.
type Tree = Record<string, any>;

/** One way to break a config, and the path a problem must name for it. */
interface Mutation {
  path: string;
  apply(config: Tree, env: Record<string, string>): void;
}

const notIn = (allowed: readonly string[]) => fc.string().filter((s) => !allowed.includes(s));
const wrongScalar = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([1]),
  fc.constant({ a: 1 }),
);
const badUrl = fc.oneof(
  fc.constantFrom("not a url", "ftp://files.example", "http://acme.oomnitza.com", "://", "https//x"),
  wrongScalar,
);
const badRate = fc.oneof(
  fc.constant(true),
  fc.string(),
  fc.record({ perSecond: fc.integer({ max: 0 }), burst: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ perSecond: fc.integer({ min: 1, max: 9 }), burst: fc.integer({ max: 0 }) }),
);
const badPositiveInt = fc.oneof(fc.integer({ max: 0 }), fc.constant(1.5), fc.string(), fc.constant(null));

/** Sets `value` at a dotted path, creating nothing: every section exists in the base config. */
function at(path: string, value: unknown): Mutation {
  return {
    path,
    apply(config) {
      const keys = path.split(".");
      const last = keys.pop() as string;
      const parent = keys.reduce((o, k) => o[k], config);
      parent[last] = value;
    },
  };
}

const KNOWN: Record<string, string[]> = {
  "": ["$schema", "lever", "oomnitza", "sync", "mapping", "saas", "state", "workflows"],
  lever: ["apiKey", "apiKeyFile", "region", "baseUrl", "rateLimit", "timeoutMs"],
  oomnitza: ["baseUrl", "subdomain", "token", "tokenFile", "rateLimit", "timeoutMs"],
  sync: ["records", "preference", "schedule", "concurrency"],
  saas: ["app", "deactivateMissing", "maxDeactivations"],
  state: ["dir"],
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  notIn(["global", "eu", "sandbox"]).map((v) => at("lever.region", v)),
  badUrl.map((v) => at("lever.baseUrl", v)),
  badUrl.map((v) => at("oomnitza.baseUrl", v)),
  badRate.map((v) => at("lever.rateLimit", v)),
  badRate.map((v) => at("oomnitza.rateLimit", v)),
  badPositiveInt.map((v) => at("lever.timeoutMs", v)),
  badPositiveInt.map((v) => at("oomnitza.timeoutMs", v)),
  notIn(["users", "users-and-saas-users"]).map((v) => at("sync.records", v)),
  notIn(["create-and-update", "create-only", "update-only"]).map((v) => at("sync.preference", v)),
  fc.oneof(badPositiveInt, fc.integer({ min: 65 })).map((v) => at("sync.concurrency", v)),
  fc
    .oneof(
      fc.string().filter((s) => !/^\d+(\.\d+)?%$/.test(s)),
      fc.integer({ max: -1 }),
      fc.boolean(),
    )
    .map((v) => at("saas.maxDeactivations", v)),
  fc.oneof(fc.string(), fc.integer()).map((v) => at("saas.deactivateMissing", v)),
  fc.oneof(fc.constant(""), fc.integer(), fc.boolean()).map((v) => at("saas.app", v)),
  fc.oneof(fc.constant(""), fc.integer(), fc.constant([])).map((v) => at("state.dir", v)),
  fc.oneof(fc.constant([]), fc.constant("email"), fc.integer()).map((v) => at("mapping.syncKeys", v)),
  fc
    .constantFrom("shout", "upper-case", "")
    .map((t) => at("mapping.fields.email", { from: "email", transform: t })),
  fc.oneof(wrongScalar, fc.string()).map((v) => at("lever", v)),
  fc.oneof(wrongScalar, fc.string()).map((v) => at("sync", v)),
  // A misspelt key anywhere: strict sections report it instead of ignoring it.
  fc
    .tuple(fc.constantFrom(...Object.keys(KNOWN)), fc.string({ minLength: 1, maxLength: 12 }))
    .filter(([section, key]) => !(KNOWN[section] as string[]).includes(key) && !/[.[\]]/.test(key))
    .map(([section, key]) => ({
      path: section === "" ? key : `${section}.${key}`,
      apply: (config: Tree) => {
        const target = section === "" ? config : config[section];
        Object.defineProperty(target, key, {
          value: 1,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      },
    })),
  // Secrets that cannot be resolved: an unset variable, or nothing at all.
  fc.stringMatching(/^[A-Z][A-Z0-9_]{2,12}$/).map((name) => at("lever.apiKey", `\${UNSET_${name}}`)),
  fc.constant<Mutation>({
    path: "oomnitza.token",
    apply(config, env) {
      delete config.oomnitza.token;
      delete env.OOMNITZA_API_TOKEN;
    },
  }),
);

/** Up to three mutations on unrelated paths (one path never contains another). */
const mutations = fc
  .uniqueArray(mutation, { minLength: 1, maxLength: 3, selector: (m) => m.path.split(".")[0] })
  .filter((ms) => !ms.some((a) => ms.some((b) => a !== b && a.path.startsWith(b.path))));

let f: Fixture;
beforeAll(async () => {
  f = await fixture({ leverUsers: 10 });
});
afterAll(() => f.close());

const covers = (problemPath: string, path: string) =>
  problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`);

describe("fuzzed configs", () => {
  it("are all refused before any network call, each broken path named with a fix", async () => {
    const spy = vi.spyOn(globalThis, "fetch");
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const config = f.rawConfig() as Tree;
        const env = { ...f.env };
        for (const m of ms) m.apply(config, env);
        const error = await loadConfig(structuredClone(config), { env, cwd: f.dir }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ConfigError);
        const problems = (error as ConfigError).problems;
        for (const p of problems) {
          expect(typeof p.path).toBe("string");
          expect(p.message.trim()).not.toBe("");
          expect(p.fix.trim()).not.toBe("");
        }
        // All problems at once: every mutation is reported, by its path.
        for (const m of ms)
          expect(
            problems.some((p) => covers(p.path, m.path)),
            `${m.path} in ${JSON.stringify(problems)}`,
          ).toBe(true);
        expectNoSecrets([(error as Error).message, JSON.stringify(problems)], f.secrets);
      }),
      { numRuns: 300, seed: 20_261_127 },
    );
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(f.sandbox.lever.stats.requests + f.sandbox.oomnitza.stats.requests).toBe(0);
  });

  it("the binary exits 2 on them, prints the path and the fix, and calls neither API", async () => {
    await ensureBuilt();
    const samples = fc.sample(mutations, { numRuns: 5, seed: 7 });
    for (const [i, ms] of samples.entries()) {
      const config = f.rawConfig() as Tree;
      const env = { ...f.env };
      for (const m of ms) m.apply(config, env);
      const path = join(f.dir, `fuzzed-${i}.yaml`);
      writeFileSync(path, stringify(config));
      for (const command of ["sync", "check"]) {
        const run = await spawnCli([command, "--config", path], { cwd: f.dir, env });
        expect(run.code, run.stderr).toBe(2);
        for (const m of ms) expect(run.stderr).toContain(m.path);
        expect(run.stderr).toMatch(/fix/i);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expectNoSecrets([run.stdout, run.stderr], f.secrets);
      }
    }
    expect(f.sandbox.lever.stats.requests + f.sandbox.oomnitza.stats.requests).toBe(0);
  }, 40_000);
});
