import { createInterface } from "node:readline";
import { ExitCode } from "../errors/exit-codes.js";
import type { CliContext } from "./cli-context.js";
import { CliError } from "./cli-error.js";

/** A run about to deactivate users: how many, in words, and the command that lists them. */
export interface PendingDeactivations {
  count: number;
  /** The sentence's subject and verb, e.g. `The plan deactivates 2 SaaS users of "Lever"`. */
  what: string;
  /** The read-only command that shows who, e.g. `connector plan`. */
  review: string;
}

/**
 * The one rule for deactivations in `sync` and `workflow run`: none planned, `--yes` or a dry run go
 * ahead; off a terminal they are refused (exit 2: a cron job must opt in with `--yes`); on a terminal
 * the user is asked, and anything but "y"/"yes" (Enter, "n", Ctrl-C, Ctrl-D) cancels (exit 6).
 */
export async function confirmDeactivations(
  ctx: CliContext,
  pending: PendingDeactivations,
  o: { yes: boolean; dryRun?: boolean },
): Promise<void> {
  if (pending.count === 0 || o.yes || o.dryRun) return;
  if (!ctx.interactive) {
    throw new CliError(
      `${pending.what}; refusing without confirmation because this is not a terminal. Nothing was written.`,
      ExitCode.usage,
      `Review them with \`${pending.review}\`, then pass --yes to apply.`,
    );
  }
  ctx.progress.stop();
  if (await ask(ctx, `${pending.what}. Continue?`)) return;
  throw new CliError("Cancelled: nothing was written.", ExitCode.cancelled);
}

/** Asks on the terminal (stderr, so stdout stays clean); only "y"/"yes" is yes. */
function ask(ctx: CliContext, question: string): Promise<boolean> {
  const rl = createInterface({ input: ctx.io.stdin, output: ctx.io.stderr as NodeJS.WritableStream });
  return new Promise<boolean>((resolve) => {
    const done = (yes: boolean) => {
      resolve(yes);
      rl.close();
    };
    // Ctrl-C and Ctrl-D at the prompt are a "no", not a hang or a killed process.
    rl.on("SIGINT", () => {
      ctx.io.stderr.write("\n");
      done(false);
    });
    rl.on("close", () => resolve(false));
    rl.question(`${question} [y/N] `, (answer) => done(/^y(es)?$/i.test(answer.trim())));
  });
}
