import { silentLogger } from "@lever-oomnitza/http";
import type { ConnectorConfig } from "../config/config-schema.js";
import type { ConnectorOptions } from "./connector-types.js";
import { createClients } from "./create-clients.js";
import type { EngineContext } from "./engine-context.js";
import type { ProgressEvent } from "./progress-event.js";

/** The clients, logger, progress sink and clock every engine step shares, built once per connector. */
export function createEngineContext(config: ConnectorConfig, opts: ConnectorOptions = {}): EngineContext {
  const logger = opts.logger ?? silentLogger;
  const progress = (event: ProgressEvent) => {
    try {
      opts.onProgress?.(event);
    } catch (error) {
      logger.warn({ err: String(error) }, "onProgress threw; ignored");
    }
  };
  const { lever, oomnitza } = createClients(config, { fetch: opts.fetch, logger });
  return { config, lever, oomnitza, logger, progress, now: opts.now ?? (() => new Date()) };
}
