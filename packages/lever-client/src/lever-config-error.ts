/** Thrown by {@link createLeverClient} for missing or invalid options; the message names the option and the fix. */
export class LeverConfigError extends Error {
  /** The option at fault, e.g. "apiKey" or "baseUrl". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.name = "LeverConfigError";
    this.option = option;
  }
}
