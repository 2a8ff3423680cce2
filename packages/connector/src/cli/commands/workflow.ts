import type { Command } from "commander";
import { exitCodeFor } from "../../errors/exit-code-for.js";
import { ExitCode } from "../../errors/exit-codes.js";
import { listWorkflows } from "../../workflows/list-workflows.js";
import { type PreparedWorkflow, prepareWorkflow } from "../../workflows/prepare-workflow.js";
import type { CliDeps } from "../cli-deps.js";
import { confirmDeactivations, type PendingDeactivations } from "../confirm-deactivations.js";
import { ALL_EXIT_CODES, READ_FAILURE } from "../exit-code-help.js";
import { formatTable } from "../format/format-table.js";
import { formatWorkflowPlan } from "../format/format-workflow-plan.js";
import { formatWorkflowReport } from "../format/format-workflow-report.js";
import { loadCliConfig } from "../load-cli-config.js";
import { notifyOutcome } from "../notify-outcome.js";
import { withHelp } from "../with-help.js";

const NO_DELETE =
  "Lever's API has no delete: offboarding a Lever user means deactivating it (it stays for the record and can no longer log in).";

/** Deactivations the plan would really make (none when the safety threshold trips). */
function deactivationsIn(prepared: PreparedWorkflow): PendingDeactivations {
  const count = prepared.plan.threshold.tripped ? 0 : prepared.plan.deactivations.length;
  return {
    count,
    what: `Workflow ${prepared.name} deactivates ${count} user${count === 1 ? "" : "s"}`,
    review: `connector workflow plan ${prepared.name}`,
  };
}

function registerList(parent: Command, deps: CliDeps): void {
  const cmd = parent
    .command("list")
    .description("list the workflows configured under workflows:")
    .option("--json", "print them as one JSON document", false)
    .action(async (flags: { json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const workflows = listWorkflows(await loadCliConfig(ctx, { offline: true }));
      if (ctx.json) return ctx.out.json({ workflows });
      if (workflows.length === 0)
        ctx.out.line("No workflows configured: add some under workflows: (see the README).");
      else {
        const rows = workflows.map((w) => [ctx.style.bold(w.name), w.type, w.trigger]);
        const columns = [{ header: "name" }, { header: "type" }, { header: "trigger" }];
        for (const line of formatTable(columns, rows)) ctx.out.line(line);
      }
    });
  withHelp(cmd, {
    examples: ["connector workflow list", "connector workflow list --json"],
    exitCodes: [ExitCode.ok, ExitCode.usage],
  });
}

function registerPlan(parent: Command, deps: CliDeps): void {
  const cmd = parent
    .command("plan <name>")
    .description(
      "show who a workflow would change or deactivate, and the rule that selected each (writes nothing)",
    )
    .option("--json", "print the plan as one JSON document", false)
    .action(async (name: string, flags: { json: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const prepared = await prepareWorkflow(config, name, { logger: ctx.logger });
      if (ctx.json) return ctx.out.json(prepared.plan);
      for (const line of formatWorkflowPlan(prepared.plan, ctx.style)) ctx.out.line(line);
      ctx.out.line(ctx.style.dim(`Apply with \`connector workflow run ${name}\`.`));
    });
  withHelp(cmd, {
    examples: [
      "connector workflow plan offboard-lever",
      "connector workflow plan lever-roles --json | jq '.counts'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}

function registerRun(parent: Command, deps: CliDeps): void {
  const cmd = parent
    .command("run <name>")
    .description(`apply a workflow and write its run report. ${NO_DELETE}`)
    .option("-y, --yes", "do not ask before deactivating users", false)
    .option("--json", "print the run report as one JSON document", false)
    .action(async (name: string, flags: { json: boolean; yes: boolean }, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const prepared = await prepareWorkflow(config, name, { logger: ctx.logger });
      await confirmDeactivations(ctx, deactivationsIn(prepared), flags);
      const report = await prepared.apply();
      if (ctx.json) ctx.out.json(report);
      for (const line of formatWorkflowReport(report, ctx.style)) ctx.out.line(line);
      deps.result.exitCode = exitCodeFor(report);
      await notifyOutcome(ctx, config, {
        job: `workflow ${name}`,
        exitCode: deps.result.exitCode,
        source: { report },
      });
    });
  withHelp(cmd, {
    examples: [
      "connector workflow run lever-roles",
      "connector workflow run offboard-lever --yes --json > run.json",
    ],
    exitCodes: ALL_EXIT_CODES,
  });
}

/** `connector workflow list|plan <name>|run <name>`: the SaaS-user role and Lever deactivation workflows. */
export function registerWorkflowCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("workflow")
    .description(`run the workflows under workflows: (saas-user-role, lever-deactivate-users). ${NO_DELETE}`);
  registerList(cmd, deps);
  registerPlan(cmd, deps);
  registerRun(cmd, deps);
  return withHelp(cmd, {
    examples: [
      "connector workflow list",
      "connector workflow plan offboard-lever",
      "connector workflow run offboard-lever --yes",
    ],
    exitCodes: ALL_EXIT_CODES,
  });
}
