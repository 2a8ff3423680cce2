import type { ExitCodeValue } from "../errors/exit-codes.js";

/** An error the CLI reports as one paragraph (message + fix) and turns into an exit code. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly fix?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
