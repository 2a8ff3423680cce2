import { createConnector } from "../create-connector.js";
import type { Connector, ConnectorConfig, ProgressPhase } from "../types.js";
import type { CliContext } from "./cli-context.js";

const PHASE_LABELS: Record<ProgressPhase, string> = {
  "read-lever": "Lever users read",
  "read-oomnitza": "Oomnitza people read",
  "read-saas": "SaaS users read",
  plan: "records planned",
  apply: "actions applied",
  report: "report",
};

/** The engine for a CLI run: logs through the CLI's logger, progress to the CLI's bars. */
export function createCliConnector(ctx: CliContext, config: ConnectorConfig): Connector {
  return createConnector(config, {
    logger: ctx.logger,
    onProgress: (e) =>
      ctx.progress.update({ phase: PHASE_LABELS[e.phase] ?? e.phase, done: e.done, total: e.total }),
  });
}
