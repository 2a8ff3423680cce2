import { loadConfig } from "../load-config.js";
import type { ConnectorConfig } from "../types.js";
import type { CliContext } from "./cli-context.js";

// Stand-ins for commands that read only local state (history): they must not demand API secrets.
const OFFLINE_SECRETS = { LEVER_API_KEY: "offline-unused", OOMNITZA_API_TOKEN: "offline-unused" };

/**
 * Loads the config named by `--config` and registers its secrets with every output channel, so no
 * later message, log line or JSON document can contain them.
 */
export async function loadCliConfig(
  ctx: CliContext,
  o: { offline?: boolean; path?: string; env?: Record<string, string> } = {},
): Promise<ConnectorConfig> {
  const env = { ...(o.offline ? OFFLINE_SECRETS : {}), ...ctx.io.env, ...o.env };
  for (const secret of Object.values(o.env ?? {}))
    if (!ctx.secrets.includes(secret)) ctx.secrets.push(secret);
  const config = await loadConfig(o.path ?? ctx.configPath, { env, cwd: ctx.io.cwd });
  for (const secret of [config.lever.apiKey, config.oomnitza.token]) {
    if (secret && !ctx.secrets.includes(secret)) ctx.secrets.push(secret);
  }
  ctx.logger.debug({ config: ctx.configPath, stateDir: config.state.dir }, "config loaded");
  return config;
}
