import type { CliContext } from "./cli-context.js";

/**
 * First SIGINT/SIGTERM: abort gracefully (the engine finishes the writes in flight and writes the
 * report). A second one: quit now with 130. Returns a function that removes the handlers.
 */
export function handleStopSignals(ctx: CliContext, onStop: (signal: NodeJS.Signals) => void): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      ctx.io.stderr.write("\nStopping now.\n");
      process.exit(130);
    }
    stopping = true;
    ctx.progress.stop();
    ctx.out.note(`\n${signal}: finishing the writes in flight, then writing the report… (again to quit now)`);
    onStop(signal);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
