import type { Logger } from "@lever-oomnitza/http";
import type { createLeverClient } from "@lever-oomnitza/lever-client";
import type { OomnitzaClient } from "@lever-oomnitza/oomnitza-client";
import type { ConnectorConfig } from "../config/config-schema.js";
import type { ProgressEvent } from "./progress-event.js";

/** The Lever client the engine uses. */
export type LeverClient = ReturnType<typeof createLeverClient>;

/** What every engine step gets: config, clients, logger, progress and the clock. */
export interface EngineContext {
  config: ConnectorConfig;
  lever: LeverClient;
  oomnitza: OomnitzaClient;
  logger: Logger;
  progress: (event: ProgressEvent) => void;
  now: () => Date;
}
