/** Thrown by {@link createLeverClient} for missing or invalid options; the message names the option and the fix. */
export class LeverConfigError extends Error {
  constructor(
    message: string,
    readonly option: string,
  ) {
    super(message);
    this.name = "LeverConfigError";
  }
}
