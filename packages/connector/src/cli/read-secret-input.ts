import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import type { CliIo } from "./cli-io.js";

/**
 * Reads one secret: on a terminal from a prompt that does not echo what is typed, otherwise all of
 * stdin (`op read … | connector credentials set oomnitza`). Trimmed; empty is `""`.
 */
export async function readSecretInput(io: CliIo, prompt: string): Promise<string> {
  if (io.stdin.isTTY) {
    // Readline puts the terminal in raw mode and echoes into `output`: a sink keeps the typed secret
    // off the screen. The prompt comes after raw mode, so nothing typed early is echoed by the terminal.
    const sink = new Writable({ write: (_chunk, _enc, done) => done() });
    const rl = createInterface({ input: io.stdin, output: sink, terminal: true });
    io.stderr.write(prompt);
    try {
      return (await rl.question("")).trim();
    } finally {
      rl.close();
      io.stderr.write("\n");
    }
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    // A secret is short: stop reading a stream that is clearly something else.
    if (size > 64 * 1024) break;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString("utf8").trim();
}
