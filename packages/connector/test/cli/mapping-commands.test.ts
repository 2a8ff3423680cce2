// `connector mapping suggest|validate|preview` run as the built binary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

const outputs: CliRun[] = [];
let fx: SandboxFixture;

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: fx.env });
  outputs.push(run);
  return run;
}

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 6 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("mapping suggest", () => {
  it("prints a YAML `mapping:` block that parses, with syncKeys and the smart fields", async () => {
    const run = await cli(["mapping", "suggest"]);
    expect(run.code).toBe(0);
    const doc = parse(run.stdout) as { mapping: { syncKeys: string[]; fields: Record<string, unknown> } };
    expect(doc.mapping.syncKeys).toEqual(["email"]);
    expect(Object.keys(doc.mapping.fields)).toEqual(
      expect.arrayContaining(["username", "email", "first_name", "last_name"]),
    );
    // Without --role the role stays a commented hint (the proposal is a draft until it is filled in).
    expect(doc.mapping).not.toHaveProperty("role");
    expect(run.stdout).toMatch(/^ {2}# role: /m);
  });

  it("--role makes the proposal carry the role, still valid YAML", async () => {
    const run = await cli(["mapping", "suggest", "--role", "31"]);
    expect(run.code).toBe(0);
    expect((parse(run.stdout) as { mapping: { role: number } }).mapping.role).toBe(31);
  });
});

describe("mapping validate", () => {
  it("exits 0 and says ready on the fixture config", async () => {
    const run = await cli(["mapping", "validate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ The mapping in ${fx.configPath} is ready.`);
  });

  it("exits 2 on a draft mapping, naming each problem's path and its fix", async () => {
    fx.writeConfig({
      mapping: {
        role: undefined,
        fields: {
          username: { from: "email", transform: ["trim", "shout"] },
          email: "email",
        },
      },
    });
    const run = await cli(["mapping", "validate"]);
    const json = await cli(["mapping", "validate", "--json"]);
    fx.writeConfig();
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^✗ The mapping in .* is a draft: \d+ problem\(s\)\.$/m);
    expect(run.stdout).toMatch(/^ {2}✗ mapping\.role: .*\n {6}fix: \S/m);
    expect(run.stdout).toMatch(/^ {2}✗ mapping\.fields\.username\S*: .*shout.*\n {6}fix: \S/m);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout) as { status: string; problems: { path: string; fix: string }[] };
    expect(doc.status).toBe("draft");
    expect(doc.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["role", expect.stringMatching(/^fields\.username/)]),
    );
    for (const p of doc.problems) expect(p.fix.length).toBeGreaterThan(0);
  });
});

describe("mapping validate agrees with check", () => {
  it.each([
    ["the README's partial mapping { role: 25 }", { syncKeys: undefined, fields: undefined }],
    ["the README's block without fields", { syncKeys: ["lever_id", "email"], fields: undefined }],
    ["the README's full mapping", {}],
  ])("%s: both say ready, both exit 0", async (_name, mapping) => {
    fx.writeConfig({ mapping });
    const validate = await cli(["mapping", "validate", "--json"]);
    const check = await cli(["check", "--json"]);
    fx.writeConfig();
    expect(JSON.parse(validate.stdout)).toMatchObject({ source: "config", status: "ready" });
    const items = (JSON.parse(check.stdout) as { items: { name: string; status: string }[] }).items;
    expect(items.filter((i) => i.name.startsWith("mapping"))).toEqual([
      expect.objectContaining({ name: "mapping", status: "pass" }),
    ]);
    expect([validate.code, check.code]).toEqual([0, 0]);
  });

  it("both refuse a partial mapping with a bad role, naming mapping.role (exit 2)", async () => {
    fx.writeConfig({ mapping: { syncKeys: undefined, fields: undefined, role: "admin" } });
    const validate = await cli(["mapping", "validate"]);
    const check = await cli(["check", "--json"]);
    fx.writeConfig();
    expect(validate.stdout).toMatch(/^ {2}✗ mapping\.role: role must be a numeric Oomnitza role id/m);
    const items = (JSON.parse(check.stdout) as { items: { name: string; ok: boolean }[] }).items;
    expect(items.filter((i) => !i.ok).map((i) => i.name)).toEqual(["mapping: mapping.role"]);
    expect([validate.code, check.code]).toEqual([2, 2]);
  });
});

describe("mapping preview", () => {
  it("--limit 2 shows exactly two Lever users, each field with its provenance arrow", async () => {
    const run = await cli(["mapping", "preview", "--limit", "2"]);
    expect(run.code).toBe(0);
    const heads = run.stdout.match(/^\S.* <[^>]+@[^>]+> \S+/gm) ?? [];
    expect(heads).toHaveLength(2);
    for (const field of ["username", "email", "first_name", "last_name", "lever_id", "role"]) {
      expect(run.stdout.match(new RegExp(`^ {2}${field} +=`, "gm"))).toHaveLength(2);
    }
    expect(run.stdout).toMatch(/^ {2}username +=.* ← email → trim → lowercase$/m);
    expect(run.stdout).toMatch(/^ {2}first_name +=.* ← name → first-name$/m);
    expect(run.stdout).toMatch(/^ {2}role +=.* ← mapping\.role$/m);
    const json = await cli(["mapping", "preview", "--limit", "2", "--json"]);
    const { previews } = JSON.parse(json.stdout) as { previews: { email: string }[] };
    expect(previews).toHaveLength(2);
    for (const p of previews) expect(run.stdout).toContain(`<${p.email}>`);
  });

  it("reads Lever through the connector's client: lever.timeoutMs applies (exit 5 when Lever is slower)", async () => {
    fx.writeConfig({ lever: { timeoutMs: 50 } });
    fx.sandbox.lever.configure({ latencyMs: 300 });
    const run = await cli(["mapping", "preview", "--limit", "1"]);
    fx.sandbox.lever.configure({ latencyMs: 0 });
    fx.writeConfig();
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/timed? ?out|50 ms/i);
    expect(run.stdout).toBe("");
  });

  it("refuses a draft mapping (exit 2) before reading Lever", async () => {
    fx.writeConfig({ mapping: { role: undefined } });
    const before = fx.sandbox.lever.stats.requests;
    const run = await cli(["mapping", "preview", "--limit", "2"]);
    fx.writeConfig();
    expect(run.code).toBe(2);
    // The config loader already refuses it, with the file, the path and the fix.
    expect(run.stderr).toMatch(/^Error: .*connector\.config\.yaml/m);
    expect(run.stderr).toMatch(/mapping\.role: .*Fix: set role to/);
    expect(run.stdout).toBe("");
    expect(fx.sandbox.lever.stats.requests).toBe(before);
  });
});

it("no secret in any output", () => {
  expect(
    secretFree(
      outputs.flatMap((o) => [o.stdout, o.stderr]),
      fx.secrets,
    ),
  ).toBe(true);
});
