import { createInterface } from "node:readline/promises";
import type { CliContext } from "./cli-context.js";

/** Asks a yes/no question on the terminal (stderr, so stdout stays clean); only "y"/"yes" is yes. */
export async function confirm(ctx: CliContext, question: string): Promise<boolean> {
  const rl = createInterface({ input: ctx.io.stdin, output: ctx.io.stderr as NodeJS.WritableStream });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
