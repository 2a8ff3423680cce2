import type { ConnectorConfig } from "../config/config-schema.js";
import { createConnector } from "../create-connector.js";
import type { Connector, ConnectorOptions, ProgressPhase } from "../engine/connector-types.js";
import { createEngineContext } from "../engine/create-engine-context.js";
import type { EngineContext } from "../engine/engine-context.js";
import type { CliContext } from "./cli-context.js";

const PHASE_LABELS: Record<ProgressPhase, string> = {
  "read-lever": "Lever users read",
  "read-oomnitza": "Oomnitza people read",
  "read-saas": "SaaS users read",
  plan: "records planned",
  apply: "actions applied",
  report: "report",
};

function cliConnectorOptions(ctx: CliContext): ConnectorOptions {
  return {
    logger: ctx.logger,
    onProgress: (e) =>
      ctx.progress.update({ phase: PHASE_LABELS[e.phase] ?? e.phase, done: e.done, total: e.total }),
  };
}

/** The engine for a CLI run: logs through the CLI's logger, progress to the CLI's bars. */
export function createCliConnector(ctx: CliContext, config: ConnectorConfig): Connector {
  return createConnector(config, cliConnectorOptions(ctx));
}

/** The engine's context for a CLI run, for the read-only steps the HTML pages share with `plan`. */
export function createCliEngineContext(ctx: CliContext, config: ConnectorConfig): EngineContext {
  return createEngineContext(config, cliConnectorOptions(ctx));
}
