import { redact } from "@lever-oomnitza/http";
import { pino } from "pino";
import { prettyFactory } from "pino-pretty";
import type { CliStream } from "./cli-io.js";
import type { LogLevel } from "./global-options.js";

/** Options for {@link createLogger}. */
export interface CreateLoggerOptions {
  level: LogLevel;
  format: "json" | "pretty";
  /** Where log lines go: always stderr, so stdout stays clean for `--json`. */
  stream: CliStream;
  /** Read at write time, so secrets learnt after the logger exists are still removed. */
  secrets: readonly string[];
  color: boolean;
}

/** A pino logger on stderr that strips every known secret from each line before writing it. */
export function createLogger(o: CreateLoggerOptions) {
  const sink = { write: (line: string) => o.stream.write(redact(line, o.secrets)) };
  if (o.format === "json") return pino({ level: o.level, base: undefined }, sink);
  // pino-pretty's prettifier called synchronously (no transport worker, no async pipe): a line logged just
  // before process exit is never lost, and the bundle needs no worker file.
  const prettify = prettyFactory({
    colorize: o.color,
    ignore: "pid,hostname",
    translateTime: "HH:MM:ss",
    singleLine: true,
  });
  const prettySink = { write: (line: string) => sink.write(prettify(line)) };
  return pino({ level: o.level }, prettySink);
}

/** The logger type commands receive. */
export type CliLogger = ReturnType<typeof createLogger>;
