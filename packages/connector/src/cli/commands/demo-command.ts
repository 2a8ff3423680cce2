import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Sandbox, startSandbox } from "@lever-oomnitza/sandbox";
import type { Command } from "commander";
import type { CheckResult } from "../../engine/check-connector.js";
import type { RunReport } from "../../engine/run-report.js";
import { ExitCode } from "../../errors/exit-codes.js";
import type { Plan } from "../../plan/plan.js";
import { collectReport } from "../../report/collect-report.js";
import { renderReportHtml } from "../../report/render-report-html.js";
import type { CliContext } from "../cli-context.js";
import type { CliDeps } from "../cli-deps.js";
import { CliError } from "../cli-error.js";
import { createCliConnector, createCliEngineContext } from "../create-cli-connector.js";
import { formatCheck } from "../format/format-check.js";
import { formatDuration } from "../format/format-duration.js";
import { formatRunComparison } from "../format/format-run-comparison.js";
import { loadCliConfig } from "../load-cli-config.js";
import { positiveInt } from "../positive-int.js";
import { schemaLocation } from "../schema-location.js";
import { SANDBOX_OOMNITZA_RATE_LIMIT, starterConfig } from "../starter-config.js";
import { SANDBOX_TENANT, suggestMappingYaml } from "../suggest-mapping-yaml.js";
import { withHelp } from "../with-help.js";
import { writeTextFile } from "../write-text-file.js";
import { checkExitCode } from "./check-command.js";

interface DemoResult {
  check: CheckResult;
  plan: Plan;
  runs: RunReport[];
  reportPath: string;
}

/** Writes the demo's config: the same file `connector init --sandbox` writes, at the sandbox's real URLs. */
function writeDemoConfig(dir: string, sandbox: Sandbox): string {
  const path = join(dir, "connector.config.yaml");
  const text = starterConfig({
    sandbox: true,
    sandboxUrls: { lever: sandbox.lever.baseUrl, oomnitza: sandbox.oomnitza.baseUrl },
    oomnitzaRateLimit: SANDBOX_OOMNITZA_RATE_LIMIT,
    schemaPath: schemaLocation(dir),
    mappingYaml: suggestMappingYaml(SANDBOX_TENANT),
  });
  writeFileSync(path, text);
  return path;
}

/** check → plan → sync → sync again, narrating each step. */
async function runDemo(
  ctx: CliContext,
  sandbox: Sandbox,
  dir: string,
  reportPath: string,
): Promise<DemoResult> {
  const step = (text: string) => ctx.out.line(`${ctx.style.green("✓")} ${text}`);
  const path = writeDemoConfig(dir, sandbox);
  step(`Config written to ${path}`);
  const env = {
    LEVER_API_KEY: sandbox.lever.credentials.apiKey,
    OOMNITZA_API_TOKEN: sandbox.oomnitza.credentials.token,
  };
  const config = await loadCliConfig(ctx, { path, env });
  const connector = createCliConnector(ctx, config);

  const check = await connector.check();
  ctx.progress.stop();
  if (!check.ok) {
    for (const line of formatCheck(check, ctx.style)) ctx.out.line(line);
    throw new CliError(
      "The demo's check failed against the sandbox.",
      checkExitCode(check.items),
      "Report this as a bug.",
    );
  }
  const passed = check.items.filter((i) => i.status === "pass").length;
  const tried = check.items.filter((i) => i.status !== "skip").length;
  step(`Check: ${passed} of ${tried} passed (Lever key, Oomnitza token, permissions, mapping)`);
  const warnings = check.items.filter((i) => i.status === "warn");
  // The warnings with their fixes, without formatCheck's blank line and summary.
  if (warnings.length > 0)
    for (const line of formatCheck({ ...check, items: warnings }, ctx.style).slice(0, -2)) ctx.out.line(line);

  const plan = await connector.plan();
  ctx.progress.stop();
  const u = plan.summary.users;
  step(
    `Plan: ${u.create} create · ${u.update} update · ${u.unchanged} unchanged · ${u.skip} skip · ${u.conflict} conflict · ${plan.summary.writes} writes`,
  );
  // A full sync (plan again, then apply) so the table counts every request the nightly run makes.
  const first = await connector.sync();
  ctx.progress.stop();
  step(`Sync 1: ${first.counts.writes} writes in ${formatDuration(first.durationMs)}`);
  const second = await connector.sync();
  ctx.progress.stop();
  step(`Sync 2: ${second.counts.writes} writes in ${formatDuration(second.durationMs)}`);
  const report = await collectReport(createCliEngineContext(ctx, config), {
    runs: 30,
    staleAfterDays: config.report.staleAfterDays,
  });
  ctx.progress.stop();
  writeTextFile(reportPath, await renderReportHtml(report), "--report");
  step(`Report of both runs: ${reportPath}`);
  return { check, plan, runs: [first, second], reportPath };
}

/** `connector demo [--users N] [--json]`: the whole job on the built-in sandbox, in seconds, writing nothing outside a temp folder. */
export function registerDemoCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("demo")
    .description(
      "the whole job on a built-in sandbox: check → plan → sync → sync again (zero writes); nothing leaves this machine",
    )
    .option("--users <n>", "Lever users in the sandbox", positiveInt, 250)
    .option(
      "--report <file>",
      "where to write the HTML report of both runs",
      join(tmpdir(), "lever-oomnitza-demo-report.html"),
    )
    .option("--json", "print check, plan summary and both run reports as one JSON document", false)
    .action(async (flags: { users: number; report: string; json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const started = performance.now();
      ctx.out.line(
        ctx.style.bold(`lever-oomnitza demo: ${flags.users} Lever users → Oomnitza, on a local sandbox\n`),
      );
      const dir = mkdtempSync(join(tmpdir(), "connector-demo-"));
      const sandbox = await startSandbox({ leverUsers: flags.users });
      try {
        ctx.secrets.push(sandbox.lever.credentials.apiKey, sandbox.oomnitza.credentials.token);
        ctx.out.line(
          `${ctx.style.green("✓")} Sandbox up: Lever ${sandbox.lever.baseUrl} (${sandbox.lever.state.count()} users) · Oomnitza ${sandbox.oomnitza.baseUrl} (${sandbox.oomnitza.state.users().length} people)`,
        );
        const result = await runDemo(ctx, sandbox, dir, resolve(ctx.io.cwd, flags.report));
        const [first, second] = result.runs as [RunReport, RunReport];
        const idempotent = second.counts.writes === 0;
        if (!idempotent) deps.result.exitCode = ExitCode.recordFailures;
        const durationMs = Math.round(performance.now() - started);
        if (ctx.json) {
          ctx.out.json({
            ok: idempotent,
            users: flags.users,
            durationMs,
            check: result.check,
            plan: result.plan.summary,
            runs: result.runs,
            reportPath: result.reportPath,
          });
          return;
        }
        ctx.out.line("");
        for (const line of formatRunComparison([first, second], ["sync 1", "sync 2"], ctx.style))
          ctx.out.line(`  ${line}`);
        ctx.out.line("");
        ctx.out.line(
          idempotent
            ? `${ctx.style.green("✓")} The second sync made no writes: nothing changed in Lever, so nothing is written.`
            : `${ctx.style.red("✗")} The second sync made ${second.counts.writes} writes; it should make none. Please report this.`,
        );
        ctx.out.line(
          ctx.style.dim(`Done in ${formatDuration(durationMs)}; sandbox stopped, temp files removed.`),
        );
        ctx.out.line("");
        ctx.out.line("Next, on your own Lever account and Oomnitza tenant:");
        ctx.out.line("  connector init && connector check && connector plan");
      } finally {
        ctx.progress.stop();
        await sandbox.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  return withHelp(cmd, {
    examples: [
      "connector demo",
      "connector demo --users 1000",
      "connector demo --report demo.html",
      "connector demo --json | jq '.runs[1].counts.writes'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage],
    meaning: { [ExitCode.recordFailures]: "the second sync wrote something: a bug, please report it" },
  });
}
