/** Log levels accepted by `--log-level` (pino's names). */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

/** A pino level name accepted by `--log-level`. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Flags every command accepts. */
export interface GlobalOptions {
  config: string;
  logLevel: LogLevel;
  logFormat: "json" | "pretty";
  progress: boolean;
  quiet: boolean;
}
