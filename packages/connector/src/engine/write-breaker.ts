import { exitCodeFor } from "../errors/exit-code-for.js";
import { ExitCode } from "../errors/exit-codes.js";
import { describeError } from "./describe-error.js";

/**
 * Writes in a row that may fail with the API unavailable (429, 5xx, timeouts, network — each already
 * retried by the transport) before the run stops. Five: a healthy tenant under the reliability suite's
 * faults never fails two in a row after the transport's retries, while a storm of 429s or 503s would
 * otherwise spend minutes of backoff on every remaining record.
 */
export const MAX_CONSECUTIVE_WRITE_FAILURES = 5;

/** Ends a run whose writes kept failing with the API unavailable; `kind` is the last failure's (exit code 5). */
export class WritesUnavailableError extends Error {
  override name = "WritesUnavailableError";
  readonly kind: string;

  constructor(failures: number, last: { reason: string; kind: string }) {
    super(
      `stopped the run after ${failures} writes in a row failed with the API unavailable (last: ${last.reason}); the remaining writes were not attempted.`,
    );
    this.kind = last.kind;
  }
}

/** Counts consecutive unavailable-API write failures; any answered write resets the count. */
export interface WriteBreaker {
  /** A write got an answer from the API (success, or a record-level refusal). */
  answered(): void;
  /** A write failed: counted when `exitCodeFor` calls the error "API unavailable". */
  failed(error: unknown): void;
  /** Set once the limit is reached: the run stops scheduling writes and ends with this error. */
  readonly tripped: WritesUnavailableError | undefined;
}

/** A breaker that trips after `limit` consecutive unavailable-API write failures. */
export function createWriteBreaker(limit = MAX_CONSECUTIVE_WRITE_FAILURES): WriteBreaker {
  let streak = 0;
  let tripped: WritesUnavailableError | undefined;
  return {
    answered() {
      streak = 0;
    },
    failed(error) {
      if (exitCodeFor(error) !== ExitCode.unavailable) {
        streak = 0;
        return;
      }
      streak += 1;
      if (streak >= limit && !tripped) tripped = new WritesUnavailableError(streak, describeError(error));
    },
    get tripped() {
      return tripped;
    },
  };
}
