import { redact } from "@lever-oomnitza/http";
import type { CliStream } from "./cli-io.js";

/** What commands print: human lines, one JSON document, notes on stderr. All of it secret-free. */
export interface Output {
  /** A human line on stdout; suppressed by `--quiet` and by `--json` (stdout then holds only the document). */
  line(text?: string): void;
  /** The single JSON document of a `--json` run. */
  json(doc: unknown): void;
  /** A note for the human on stderr (kept even in `--json` mode; suppressed by `--quiet`). */
  note(text: string): void;
}

/** Builds the {@link Output} for one invocation. */
export function createOutput(o: {
  stdout: CliStream;
  stderr: CliStream;
  quiet: boolean;
  json: boolean;
  secrets: readonly string[];
}): Output {
  const clean = (s: string) => redact(s, o.secrets);
  return {
    line(text = "") {
      if (!o.quiet && !o.json) o.stdout.write(`${clean(text)}\n`);
    },
    json(doc) {
      o.stdout.write(`${clean(JSON.stringify(doc, null, 2))}\n`);
    },
    note(text) {
      if (!o.quiet) o.stderr.write(`${clean(text)}\n`);
    },
  };
}
