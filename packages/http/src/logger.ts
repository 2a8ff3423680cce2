/** A pino-compatible logger: each level takes a structured object and an optional message. */
export interface Logger {
  debug(o: object, m?: string): void;
  info(o: object, m?: string): void;
  warn(o: object, m?: string): void;
  error(o: object, m?: string): void;
}

const noop = (): void => {};

/** A logger that drops everything; the default when none is injected (library code never uses `console`). */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };
