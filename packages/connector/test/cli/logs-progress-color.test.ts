// Where logs go (stderr, as JSON or pretty lines), and when progress bars and colours appear
// (only on a terminal, never with --no-progress / NO_COLOR).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensure-built.js";
import { type CliRun, runCli } from "./run-cli.js";
import { hasScript, runInTty, ttyTitle } from "./run-in-tty.js";
import { type SandboxFixture, sandboxFixture, secretFree } from "./sandbox-fixture.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point.
const ANSI = /\u001b\[/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR (colour/bold) sequence.
const SGR = /\u001b\[[\d;]*m/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: cli-progress hides the cursor while it draws.
const BAR = /\u001b\[\?25l/;

const texts: string[] = [];
let fx: SandboxFixture;

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { cwd: fx.dir, env: fx.env });
  texts.push(run.stdout, run.stderr);
  return run;
}

async function tty(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await runInTty(args, { cwd: fx.dir, env: { ...fx.env, ...env } });
  texts.push(run.output);
  expect(run.code).toBe(0);
  return run.output;
}

const nonEmptyLines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === "object";
  } catch {
    return false;
  }
};

beforeAll(async () => {
  await ensureBuilt();
  fx = await sandboxFixture({ leverUsers: 8 });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe("--log-format", () => {
  it("json: every stderr line is a pino JSON object; stdout stays the human summary", async () => {
    const run = await cli(["--log-format", "json", "--log-level", "info", "sync", "--yes"]);
    expect(run.code).toBe(0);
    const logs = nonEmptyLines(run.stderr);
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(JSON.parse(line)).toMatchObject({ level: expect.any(Number) });
    expect(logs.map((l) => JSON.parse(l).msg)).toContain("run finished");
    expect(run.stdout).toMatch(/^Sync ok in /);
    expect(nonEmptyLines(run.stdout).some(isJson)).toBe(false);
  });

  it("json with --json: stdout is exactly the report document, the logs stay on stderr", async () => {
    const run = await cli(["--log-format", "json", "--log-level", "info", "sync", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: "sync", outcome: "ok" });
    expect(run.stdout).not.toMatch(/"msg":/);
    const logs = nonEmptyLines(run.stderr);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every(isJson)).toBe(true);
  });

  it("pretty: stderr lines are human (level name, message), not JSON", async () => {
    const run = await cli(["--log-format", "pretty", "--log-level", "info", "sync"]);
    expect(run.code).toBe(0);
    const logs = nonEmptyLines(run.stderr);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.some(isJson)).toBe(false);
    expect(run.stderr).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: run finished/m);
    expect(run.stdout).toMatch(/^Sync ok in /);
  });

  it("--log-level warn hides the info lines", async () => {
    const run = await cli(["--log-format", "json", "--log-level", "warn", "sync"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});

describe("progress bars and colours", () => {
  it("off a terminal: no progress bar, no escape sequence, no carriage return", async () => {
    const run = await cli(["--log-level", "info", "sync"]);
    expect(run.code).toBe(0);
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toMatch(ANSI);
      expect(text).not.toContain("\r");
    }
  });

  it.skipIf(!hasScript)(ttyTitle("on a terminal: bars are drawn and the summary is coloured"), async () => {
    const out = await tty(["sync"]);
    expect(out).toMatch(BAR);
    expect(out).toMatch(SGR);
    expect(out).toMatch(/Sync.* in /);
  });

  it.skipIf(!hasScript)(ttyTitle("on a terminal with --no-progress: no bar drawn"), async () => {
    const out = await tty(["--no-progress", "sync"]);
    expect(out).not.toMatch(BAR);
    expect(out).toMatch(/Sync.* in /);
  });

  it.skipIf(!hasScript)(
    ttyTitle("on a terminal with NO_COLOR=1: no colour in the summary or the logs"),
    async () => {
      const withBars = await tty(["--log-level", "info", "sync"], { NO_COLOR: "1" });
      expect(withBars).toMatch(BAR);
      expect(withBars).not.toMatch(SGR);
      expect(withBars).toMatch(/Sync ok in /);
      // Without the bars' cursor control, nothing is left that is an escape sequence at all.
      const plain = await tty(["--no-progress", "--log-level", "info", "sync"], { NO_COLOR: "1" });
      expect(plain).not.toMatch(ANSI);
      expect(plain).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: run finished/m);
      expect(plain).toMatch(/^Sync ok in /m);
    },
  );

  // With bars on, log lines go through cli-progress' MultiBar.log(), which only queues them for the
  // next redraw; stop() must redraw first or the last lines ("run finished") are lost on a terminal.
  (hasScript ? it : it.skip)(
    ttyTitle("on a terminal with bars, the last log lines are still printed"),
    async () => {
      const out = await tty(["--log-level", "info", "sync"], { NO_COLOR: "1" });
      expect(out).toMatch(/INFO: run finished/);
    },
  );

  it("leaks no secret in any output", () => {
    expect(secretFree(texts, fx.secrets)).toBe(true);
  });
});
