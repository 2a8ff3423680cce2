import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "../generate.mjs");

function run(args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe("pnpm generate / generate:check", () => {
  const dir = mkdtempSync(join(tmpdir(), "generate-"));
  copyFileSync(resolve(import.meta.dirname, "../../openapi/lever.yaml"), join(dir, "lever.yaml"));
  const config = join(dir, "redocly.yaml");
  writeFileSync(
    config,
    "apis:\n  lever:\n    root: ./lever.yaml\n    x-openapi-ts:\n      output: ./out/lever.ts\n",
  );
  const out = join(dir, "out/lever.ts");

  it("writes a marked, generated file and then finds no drift", () => {
    expect(run(["--config", config]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\/\/ generated — do not edit/);
    expect(run(["--config", config, "--check"]).code).toBe(0);
  });

  it("fails --check after a hand edit of the generated file, naming the fix", () => {
    appendFileSync(out, "\nexport type HandEdit = 1;\n");
    const result = run(["--config", config, "--check"]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("run `pnpm generate`");
  });

  it("the committed clients match openapi/*.yaml", () => {
    expect(run(["--check"]).code).toBe(0);
  });
});
