/** Thrown by `createTransport` for an option out of range; `option` names it and the message gives the range. */
export class TransportOptionError extends RangeError {
  /** The option at fault, e.g. "timeoutMs" or "rateLimit.perSecond". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.name = "TransportOptionError";
    this.option = option;
  }
}
