import { ConfigError } from "../config/config-error.js";
import type { ConnectorConfig } from "../types.js";
import { type WorkflowsConfig, workflowsConfigSchema } from "./workflows-config-schema.js";

/**
 * Validates the config's `workflows:` section (the engine keeps it as data). Throws one ConfigError
 * naming every problem with its path, before any network call.
 */
export function resolveWorkflows(config: Pick<ConnectorConfig, "workflows" | "source">): WorkflowsConfig {
  const parsed = workflowsConfigSchema.safeParse(config.workflows ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: ["workflows", ...issue.path.map(String)].join("."),
    message: `${issue.message}.`,
    fix: "see the Workflows section of the connector README for the allowed forms.",
  }));
  throw new ConfigError(problems, config.source);
}
