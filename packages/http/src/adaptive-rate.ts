import { sleep as realSleep } from "./sleep.js";
import { TokenBucket } from "./token-bucket.js";

/** Where the adaptive rate starts: the fixed budget Oomnitza's client used before it adapted. */
export const ADAPTIVE_DEFAULT_START_PER_SECOND = 50;
/** The highest rate the adaptive rate ever reaches unless `maxPerSecond` says otherwise. */
export const ADAPTIVE_DEFAULT_MAX_PER_SECOND = 500;
/** The lowest rate a run of cuts can bring it to. */
export const ADAPTIVE_DEFAULT_MIN_PER_SECOND = 5;

/** Options of {@link AdaptiveRate}. */
export interface AdaptiveRateOptions {
  /** First rate (default 50/s). */
  startPerSecond?: number;
  /** Ceiling (default {@link ADAPTIVE_DEFAULT_MAX_PER_SECOND}). */
  maxPerSecond?: number;
  /** Floor (default 5/s, never above the ceiling). */
  minPerSecond?: number;
  /** Injectable clock and wait (tests). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Why the rate was cut: a 429, an overload status (502/503/504), timeouts, or latency well above its baseline. */
export type RateCutReason = "429" | "503" | "timeout" | "latency";

/** One multiplicative cut. */
export interface RateCut {
  at: string;
  reason: RateCutReason;
  fromPerSecond: number;
  toPerSecond: number;
}

/** What a run report says about the write rate. */
export interface WriteRateReport {
  /** `adaptive`, `fixed` (an explicit `rateLimit`) or `off` (`rateLimit: false`). */
  mode: "adaptive" | "fixed" | "off";
  startPerSecond: number | null;
  maxPerSecond: number | null;
  /** Highest rate reached. */
  reachedPerSecond: number | null;
  /** Time-weighted mean rate since the first cut (or since the ceiling was reached); the current rate before either. */
  settledPerSecond: number | null;
  /** Writes answered 2xx ÷ seconds from the first write to the last answer. */
  achievedPerSecond: number | null;
  /** Every cut, the first {@link MAX_CUTS_LISTED} listed. */
  cutCount: number;
  cuts: RateCut[];
}

/** Cuts listed in a {@link WriteRateReport} (the count covers every cut). */
export const MAX_CUTS_LISTED = 20;

/** What the throttle tells the rate about one answered (or failed) write. */
export interface WriteOutcome {
  /** When the request was sent (the value `take()` resolved to). */
  sentAt: number;
  /** HTTP status; absent when no response came. */
  status?: number;
  /** The attempt hit its deadline. */
  timedOut?: boolean;
  /** A 429's `Retry-After`, in ms. */
  retryAfterMs?: number;
}

const WINDOW_MS = 500;
const MIN_SAMPLES = 8;
const CUT_FACTOR = 0.8;
/** Share of a window's writes answered 502/503/504 or timed out that reads as overload (isolated ones are retried, not cut for). */
const OVERLOAD_SHARE = 0.2;
const BASELINE_WINDOWS = 10;
/** Within 5 % of the rate the last cut came from, the rate probes at a fifth of its usual step. */
const PROBE_NEAR = 0.05;
const MAX_PAUSE_MS = 60_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

interface Window {
  start: number;
  samples: number;
  granted: number;
  overload: number;
  timeouts: number;
  latencies: number[];
}

/**
 * An additive-increase / multiplicative-decrease write rate over a token bucket. It starts at
 * `startPerSecond`; after every clean, busy half-second window (no 429, overload below a fifth of the
 * writes, median latency within twice its baseline, the best recent median) it rises: by half (at least
 * 25/s) until the first cut, then by 2 % (at least 2.5/s), and by a fifth of that within 5 % of the rate
 * the last cut came from. A 429 pauses every write for its `Retry-After` and cuts the rate to 80 %; so do
 * a window of overload statuses or timeouts and two windows in a row of clearly higher latency. Only
 * writes sent after a cut can cause the next one, so one burst of 429s is one cut. Never above the ceiling
 * or below the floor.
 */
export class AdaptiveRate {
  readonly startPerSecond: number;
  readonly maxPerSecond: number;
  readonly minPerSecond: number;
  private readonly bucket: TokenBucket;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private rate: number;
  private reached: number;
  private fast = true;
  private pausedUntil = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;
  /** The rate the last cut came from: close to it the rate rises slowly, since that is where the limit was. */
  private lastCutFrom = Number.POSITIVE_INFINITY;
  private slowWindows = 0;
  private window: Window;
  private readonly medians: number[] = [];
  private readonly cuts: RateCut[] = [];
  private cutCount = 0;
  private settleFrom: number | undefined;
  /** Rate × time accumulated up to `settleFrom`. */
  private settleArea = 0;
  private rateSince: number;
  private rateArea = 0;
  private firstSentAt: number | undefined;
  private lastAnswerAt: number | undefined;
  private succeeded = 0;

  constructor(o: AdaptiveRateOptions = {}) {
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? realSleep;
    this.maxPerSecond = o.maxPerSecond ?? ADAPTIVE_DEFAULT_MAX_PER_SECOND;
    this.minPerSecond = Math.min(o.minPerSecond ?? ADAPTIVE_DEFAULT_MIN_PER_SECOND, this.maxPerSecond);
    this.startPerSecond = clamp(
      o.startPerSecond ?? ADAPTIVE_DEFAULT_START_PER_SECOND,
      this.minPerSecond,
      this.maxPerSecond,
    );
    for (const [name, v] of [
      ["maxPerSecond", this.maxPerSecond],
      ["minPerSecond", this.minPerSecond],
      ["startPerSecond", this.startPerSecond],
    ] as const)
      if (!(Number.isFinite(v) && v > 0))
        throw new RangeError(`adaptive rate: ${name} must be > 0, got ${v}`);
    this.rate = this.startPerSecond;
    this.reached = this.rate;
    this.bucket = new TokenBucket({ ...bucketFor(this.rate), now: this.now, sleep: this.sleep });
    this.rateSince = this.now();
    this.window = this.newWindow(this.now());
    if (this.rate >= this.maxPerSecond) this.settleFrom = this.rateSince;
  }

  /** The current rate, writes per second. */
  get perSecond(): number {
    return this.rate;
  }

  /** Waits out any `Retry-After` pause, then for a token; resolves to the send time to pass back in {@link observe}. */
  async take(): Promise<number> {
    let at: number;
    do {
      for (let wait = this.pausedUntil - this.now(); wait > 0; wait = this.pausedUntil - this.now())
        await this.sleep(wait);
      await this.bucket.take();
      at = this.now();
      // A 429 that came in while this caller queued for its token pauses it too.
    } while (at < this.pausedUntil);
    this.firstSentAt ??= at;
    this.window.granted++;
    return at;
  }

  /** Feeds one write's outcome back: 429s, overload and latency move the rate. */
  observe(o: WriteOutcome): void {
    const now = this.now();
    this.lastAnswerAt = now;
    if (o.status !== undefined && o.status >= 200 && o.status < 300) this.succeeded++;
    if (o.status === 429) {
      this.bucket.drain();
      if (o.retryAfterMs !== undefined && o.retryAfterMs > 0)
        this.pausedUntil = Math.max(this.pausedUntil, now + Math.min(o.retryAfterMs, MAX_PAUSE_MS));
      if (o.sentAt >= this.lastCutAt) this.cut("429", now);
      return;
    }
    // Answers to writes sent before the window opened (before a cut) say nothing about the new rate.
    if (o.sentAt < this.window.start) return;
    const w = this.window;
    w.samples++;
    if (o.timedOut) {
      w.overload++;
      w.timeouts++;
    } else if (o.status === 502 || o.status === 503 || o.status === 504) w.overload++;
    else if (o.status !== undefined) w.latencies.push(now - o.sentAt);
    if (now - w.start >= WINDOW_MS && w.samples >= MIN_SAMPLES) this.closeWindow(now);
  }

  /** The rate's story so far, for a run report. */
  report(): WriteRateReport {
    const end = this.lastAnswerAt ?? this.now();
    const from = this.settleFrom;
    const area = this.rateArea + this.rate * Math.max(0, end - this.rateSince);
    const settled = from === undefined || end <= from ? this.rate : (area - this.settleArea) / (end - from);
    const span = this.firstSentAt === undefined ? 0 : end - this.firstSentAt;
    return {
      mode: "adaptive",
      startPerSecond: this.startPerSecond,
      maxPerSecond: this.maxPerSecond,
      reachedPerSecond: round1(this.reached),
      settledPerSecond: round1(settled),
      achievedPerSecond: span > 0 ? round1((this.succeeded * 1000) / span) : null,
      cutCount: this.cutCount,
      cuts: [...this.cuts],
    };
  }

  private closeWindow(now: number): void {
    const w = this.window;
    const median = medianOf(w.latencies);
    const baseline = this.medians.length > 0 ? Math.min(...this.medians) : undefined;
    const busy = w.granted >= 0.8 * this.rate * ((now - w.start) / 1000);
    if (w.overload >= 2 && w.overload / w.samples >= OVERLOAD_SHARE) {
      this.cut(w.timeouts * 2 > w.overload ? "timeout" : "503", now);
      return;
    }
    const slow =
      median !== undefined && baseline !== undefined && median > Math.max(2 * baseline, baseline + 50);
    // Two slow windows in a row: one alone is as likely a pause of this process (a GC) as a slower server.
    this.slowWindows = slow ? this.slowWindows + 1 : 0;
    if (this.slowWindows >= 2) {
      this.slowWindows = 0;
      this.cut("latency", now);
      return;
    }
    if (median !== undefined) {
      this.medians.push(median);
      if (this.medians.length > BASELINE_WINDOWS) this.medians.shift();
    }
    if (busy && !slow) {
      const step = this.fast
        ? Math.max(25, this.rate / 2)
        : Math.abs(this.rate - this.lastCutFrom) <= PROBE_NEAR * this.lastCutFrom
          ? Math.max(0.5, this.rate * 0.004)
          : Math.max(2.5, this.rate * 0.02);
      this.setRate(Math.min(this.maxPerSecond, this.rate + step), now);
      if (this.rate >= this.maxPerSecond) this.markSettled(now);
    }
    this.window = this.newWindow(now);
  }

  private cut(reason: RateCutReason, now: number): void {
    const from = this.rate;
    const to = Math.max(this.minPerSecond, from * CUT_FACTOR);
    this.fast = false;
    this.lastCutAt = now;
    this.lastCutFrom = from;
    this.slowWindows = 0;
    this.window = this.newWindow(now);
    this.markSettled(now);
    if (to === from) return;
    this.setRate(to, now);
    this.cutCount++;
    if (this.cuts.length < MAX_CUTS_LISTED)
      this.cuts.push({
        at: new Date(now).toISOString(),
        reason,
        fromPerSecond: round1(from),
        toPerSecond: round1(to),
      });
  }

  private markSettled(now: number): void {
    if (this.settleFrom !== undefined) return;
    this.settleFrom = now;
    this.settleArea = this.rateArea + this.rate * (now - this.rateSince);
  }

  private setRate(perSecond: number, now: number): void {
    this.rateArea += this.rate * (now - this.rateSince);
    this.rateSince = now;
    this.rate = perSecond;
    this.reached = Math.max(this.reached, perSecond);
    this.bucket.setRate(perSecond, bucketFor(perSecond).burst);
  }

  private newWindow(start: number): Window {
    return { start, samples: 0, granted: 0, overload: 0, timeouts: 0, latencies: [] };
  }
}

/** A tenth of a second's worth of burst: enough to keep the writers busy, too little to flood a server. */
function bucketFor(perSecond: number): { perSecond: number; burst: number } {
  return { perSecond, burst: Math.max(1, Math.ceil(perSecond / 10)) };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function medianOf(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
