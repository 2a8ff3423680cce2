import type { RateLimit } from "./create-rate-limiter.js";

/** Runtime behaviour of a sandbox server, changed with `configure()`. Rates are probabilities 0–1. */
export interface FaultConfig {
  /** Added to every response (ms). */
  latencyMs: number;
  /** Uniform ± spread around `latencyMs` (ms). */
  jitterMs: number;
  /** Answer 500/503 without touching state. */
  errorRate: number;
  /** Drop the connection without a response, without touching state. */
  resetRate: number;
  /** Answer 200 with a truncated, unparsable JSON body, without touching state. */
  malformedRate: number;
  /** On writes only: apply the change, then answer 503 (proves retries are idempotent). */
  writeThenFailRate: number;
  /** Token bucket per credential, or `false` for none. */
  rateLimit: RateLimit | false;
  /** The status an `errorRate` fault answers; `null`: 500 or 503 at random. */
  errorStatus: 500 | 503 | null;
  /** Only these routes, named as in `stats.byRoute` (`"PATCH /api/v3/users/:ident"`), meet faults; `null`: all. */
  faultRoutes: readonly string[] | null;
}

/** Which fault, if any, hits one request. */
export type FaultKind = "reset" | "error" | "malformed" | "writeThenFail";

/** Picks the fault for one request from a single random draw, so a seeded source gives a repeatable sequence. */
export function pickFault(config: FaultConfig, roll: number, isWrite: boolean): FaultKind | null {
  let edge = config.resetRate;
  if (roll < edge) return "reset";
  edge += config.errorRate;
  if (roll < edge) return "error";
  edge += config.malformedRate;
  if (roll < edge) return "malformed";
  edge += isWrite ? config.writeThenFailRate : 0;
  if (roll < edge) return "writeThenFail";
  return null;
}

/** Checks a configuration change and names the bad field and its allowed range. */
export function validateFaultConfig(change: Partial<FaultConfig>): void {
  for (const key of ["errorRate", "resetRate", "malformedRate", "writeThenFailRate"] as const) {
    const v = change[key];
    if (v !== undefined && !(v >= 0 && v <= 1))
      throw new RangeError(`configure(): ${key} must be between 0 and 1, got ${v}`);
  }
  for (const key of ["latencyMs", "jitterMs"] as const) {
    const v = change[key];
    if (v !== undefined && !(v >= 0))
      throw new RangeError(`configure(): ${key} must be a number ≥ 0, got ${v}`);
  }
  if (change.errorStatus !== undefined && ![500, 503, null].includes(change.errorStatus))
    throw new RangeError(
      `configure(): errorStatus must be 500, 503 or null, got ${String(change.errorStatus)}`,
    );
  const routes = change.faultRoutes;
  if (
    routes !== undefined &&
    routes !== null &&
    !(Array.isArray(routes) && routes.every((r) => typeof r === "string"))
  )
    throw new RangeError(
      'configure(): faultRoutes must be a list of route names such as "PATCH /api/v3/users/:ident", or null',
    );
  const rl = change.rateLimit;
  if (rl && !(rl.perSecond > 0 && rl.burst >= 1)) {
    throw new RangeError(
      "configure(): rateLimit needs perSecond > 0 and burst ≥ 1, or false to switch it off",
    );
  }
}
