/** Thrown by `createOomnitzaClient` when an option is missing or invalid; the message names the fix. */
export class OomnitzaConfigError extends Error {
  /** The option at fault, e.g. "token" or "baseUrl". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.name = "OomnitzaConfigError";
    this.option = option;
  }
}
