import { join, resolve } from "node:path";
import type { Command } from "commander";
import { ExitCode } from "../../errors/exit-codes.js";
import { collectReport } from "../../report/collect-report.js";
import { renderReportHtml } from "../../report/render-report-html.js";
import { reportTables } from "../../report/report-tables.js";
import { toCsv } from "../../report/to-csv.js";
import type { CliDeps } from "../cli-deps.js";
import { createCliEngineContext } from "../create-cli-connector.js";
import { READ_FAILURE } from "../exit-code-help.js";
import { loadCliConfig } from "../load-cli-config.js";
import { openInBrowser } from "../open-in-browser.js";
import { positiveInt } from "../positive-int.js";
import { withHelp } from "../with-help.js";
import { writeTextFile } from "../write-text-file.js";

interface ReportFlags {
  out: string;
  runs: number;
  csv?: string;
  json: boolean;
  open: boolean;
  staleAfterDays?: number;
}

/** `connector report`: one self-contained HTML page of the sync's health, people, seats and lists (reads only). */
export function registerReportCommand(parent: Command, deps: CliDeps): Command {
  const cmd = parent
    .command("report")
    .description(
      "write one self-contained HTML report: health of the last runs, people, SaaS seats to reclaim, and every list (reads only)",
    )
    .option("--out <file>", "where to write the HTML page", "report.html")
    .option("--runs <n>", "how many past runs the Health section and its charts cover", positiveInt, 30)
    .option("--csv <dir>", "also write every list as a CSV file into this folder")
    .option(
      "--stale-after-days <n>",
      "an active seat not visited for more than this many days is a seat to reclaim (default: report.staleAfterDays, 90)",
      positiveInt,
    )
    .option("--open", "open the page in the default browser afterwards", false)
    .option("--json", "print the report's data as one JSON document", false)
    .action(async (flags: ReportFlags, command: Command) => {
      const ctx = deps.context(command, flags);
      const config = await loadCliConfig(ctx);
      const data = await collectReport(createCliEngineContext(ctx, config), {
        runs: flags.runs,
        staleAfterDays: flags.staleAfterDays ?? config.report.staleAfterDays,
      });
      ctx.progress.stop();
      const out = resolve(ctx.io.cwd, flags.out);
      writeTextFile(out, await renderReportHtml(data), "--out");
      const csvFiles: string[] = [];
      if (flags.csv) {
        const dir = resolve(ctx.io.cwd, flags.csv);
        for (const table of reportTables(data)) {
          const file = join(dir, `${table.id}.csv`);
          writeTextFile(file, toCsv(table), "--csv");
          csvFiles.push(file);
        }
      }
      const opened = flags.open ? await openInBrowser(out, ctx.io.env) : undefined;
      if (ctx.json) {
        ctx.out.json({ reportPath: out, csvFiles, ...(opened ? { opened } : {}), report: data });
        return;
      }
      ctx.out.line(`Report written to ${out}`);
      if (flags.csv)
        ctx.out.line(`${csvFiles.length} CSV files written to ${resolve(ctx.io.cwd, flags.csv)}`);
      if (opened) ctx.out.line(opened);
    });
  return withHelp(cmd, {
    examples: [
      "connector report",
      "connector report --out /srv/reports/lever.html --runs 60 --csv /srv/reports/csv",
      "connector report --open",
      "connector report --json | jq '.report.seats.reclaim'",
    ],
    exitCodes: [ExitCode.ok, ExitCode.recordFailures, ExitCode.usage, ExitCode.auth, ExitCode.unavailable],
    meaning: READ_FAILURE,
  });
}
