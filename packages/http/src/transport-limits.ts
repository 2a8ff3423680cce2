import { TransportOptionError } from "./transport-option-error.js";

/** Node's timers hold a signed 32-bit millisecond count; a longer delay fires after 1 ms instead. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The accepted range of every numeric transport option, one table for the transport, both clients and
 * the connector's config schema.
 */
export const TRANSPORT_LIMITS = {
  /** Per-attempt deadline: Node's timer limit (about 24.8 days) is the ceiling. */
  timeoutMs: { min: 1, max: MAX_TIMER_MS, integer: true },
  /** At least one request every 10 s: below that a listing would take days, which is a typo. */
  perSecond: { min: 0.1, max: 10_000, integer: false },
  burst: { min: 1, max: 10_000, integer: true },
  /** 1 KiB to 512 MiB: a decoded body past ~512 MiB cannot even become a JavaScript string. */
  maxBodyBytes: { min: 1024, max: 512 * 1024 * 1024, integer: true },
  attempts: { min: 1, max: 100, integer: true },
  delayMs: { min: 0, max: MAX_TIMER_MS, integer: false },
} as const;

type Limit = (typeof TRANSPORT_LIMITS)[keyof typeof TRANSPORT_LIMITS];

/** Throws {@link TransportOptionError} when `value` (if given) is outside `limit`; the message names the range. */
export function checkLimit(option: string, value: unknown, limit: Limit): void {
  if (value === undefined) return;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!limit.integer || Number.isInteger(value)) &&
    value >= limit.min &&
    value <= limit.max;
  if (ok) return;
  const kind = limit.integer ? "a whole number" : "a number";
  throw new TransportOptionError(
    option,
    `${option} must be ${kind} from ${limit.min} to ${limit.max}, got ${JSON.stringify(value) ?? String(value)}`,
  );
}
