import type { ConnectorConfig } from "../config/config-schema.js";
import { loadConfig } from "../config/load-config.js";
import type { CliContext } from "./cli-context.js";

// Stand-ins for `${LEVER_API_KEY}`-style placeholders in commands that read only local state (history).
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
  const config = await loadConfig(o.path ?? ctx.configPath, {
    env,
    cwd: ctx.io.cwd,
    // Commands that read only local state (history) must not demand, run or unlock any secret.
    skipSecrets: o.offline,
    ...(ctx.io.keychain ? { keychain: ctx.io.keychain } : {}),
  });
  const notify = config.notify.flatMap((t) => [t.url, t.secret]);
  for (const secret of [config.lever.apiKey, config.lever.accessToken, config.oomnitza.token, ...notify]) {
    if (secret && !ctx.secrets.includes(secret)) ctx.secrets.push(secret);
  }
  ctx.logger.debug({ config: ctx.configPath, stateDir: config.state.dir }, "config loaded");
  return config;
}
