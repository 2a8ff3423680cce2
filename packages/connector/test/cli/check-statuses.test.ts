// `connector check` shows as passed (✓) only what it verified: a role nobody holds cannot be verified
// (Oomnitza's API lists no roles), so it is a warning with its fix, in the text, the summary and --json.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  fx = await sandboxFixture({ leverUsers: 5 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("check with a role no one holds", () => {
  it("warns (!) with the fix instead of passing, and the summary does not say all passed (exit 0)", async () => {
    fx.writeConfig({ mapping: { role: 987654 } });
    const run = await cli(["check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^! oomnitza: role — role 987654 not verified: .*cannot list roles/m);
    expect(run.stdout).toMatch(/^ {4}fix: make sure role 987654 exists in Oomnitza/m);
    expect(run.stdout).not.toMatch(/^✓ oomnitza: role/m);
    const summary = run.stdout.trimEnd().split("\n").at(-1);
    expect(summary).toMatch(/^Passed with 1 warning: \d+ of \d+ checks verified/);
    expect(summary).not.toMatch(/All .* passed/);
  });

  it("--json carries each item's status and the result's", async () => {
    const run = await cli(["check", "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      ok: boolean;
      status: string;
      items: { name: string; status: string; ok: boolean; fix?: string }[];
    };
    expect(doc).toMatchObject({ ok: true, status: "warn" });
    expect(doc.items.find((i) => i.name === "oomnitza: role")).toMatchObject({ status: "warn", ok: true });
    expect(doc.items.find((i) => i.name === "oomnitza: write users")?.status).toBe("skip");
    for (const item of doc.items) expect(["pass", "warn", "fail", "skip"]).toContain(item.status);
  });

  it("a role people hold passes, and then all checks pass", async () => {
    fx.writeConfig();
    const run = await cli(["check", "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { status: string; items: { name: string; status: string }[] };
    expect(doc.status).toBe("pass");
    expect(doc.items.filter((i) => i.status === "warn")).toEqual([]);
    const text = await cli(["check"]);
    expect(text.stdout).toMatch(/^✓ oomnitza: role — role 25 exists/m);
    expect(text.stdout).toMatch(/^All \d+ checks passed; 1 not checked/m);
  });

  it("leaks no secret", () => {
    expect(
      secretFree(
        outputs.flatMap((o) => [o.stdout, o.stderr]),
        fx.secrets,
      ),
    ).toBe(true);
  });
});
