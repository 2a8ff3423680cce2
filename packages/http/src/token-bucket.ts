import { sleep as realSleep } from "./sleep.js";

/** Steady rate and burst size of a token bucket (Lever: 10/s steady, bursts up to 20; https://hire.lever.co/developer/documentation#rate-limits). */
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
  /**
   * Most requests in any one-second window, however the bucket refills. A token bucket alone lets
   * `burst + perSecond` through in the first second after a quiet spell; this caps every sliding second.
   */
  maxInAnySecond?: number;
}

const WINDOW_MS = 1000;

/**
 * A token bucket shared by every call of one client, so many concurrent callers together stay under the
 * vendor's limit. Waiters are served in arrival order.
 */
export class TokenBucket {
  private perSecond: number;
  private burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();
  /** Grant times of the last `maxInAnySecond` takes, oldest first (a ring). */
  private readonly recent: number[] | undefined;
  private readonly maxInAnySecond: number | undefined;
  private recentNext = 0;

  constructor(o: RateLimitOptions & { now?: () => number; sleep?: (ms: number) => Promise<void> }) {
    checkRate(o.perSecond, o.burst);
    if (o.maxInAnySecond !== undefined && !(Number.isInteger(o.maxInAnySecond) && o.maxInAnySecond >= 1))
      throw new RangeError(`rateLimit.maxInAnySecond must be a whole number >= 1, got ${o.maxInAnySecond}`);
    this.perSecond = o.perSecond;
    this.burst = o.burst;
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? realSleep;
    this.tokens = o.burst;
    this.updatedAt = this.now();
    this.recent = o.maxInAnySecond === undefined ? undefined : [];
    this.maxInAnySecond = o.maxInAnySecond;
  }

  /** Resolve once a token is available and consume it. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.acquire());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * The server answered 429, so its bucket is empty: empty ours too. Without this a client whose bucket
   * started full while the server's was drained (a run right after another one with the same key) spends
   * its imagined burst on a train of 429s instead of waiting one refill.
   */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  /** Change the steady rate (and burst) from now on; tokens already earned are kept, up to the new burst. */
  setRate(perSecond: number, burst = this.burst): void {
    checkRate(perSecond, burst);
    this.refill();
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = Math.min(this.tokens, burst);
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.perSecond) / 1000);
    this.updatedAt = now;
  }

  /**
   * Milliseconds until the oldest of the last `maxInAnySecond` grants is more than a second old, so that
   * even a closed window `[t, t + 1 s]` holds no more than `maxInAnySecond`.
   */
  private windowWait(): number {
    if (!this.recent || this.maxInAnySecond === undefined || this.recent.length < this.maxInAnySecond)
      return 0;
    const oldest = this.recent[this.recentNext] as number;
    return Math.max(0, oldest + WINDOW_MS + 1 - this.now());
  }

  private record(at: number): void {
    if (!this.recent || this.maxInAnySecond === undefined) return;
    if (this.recent.length < this.maxInAnySecond) this.recent.push(at);
    else {
      this.recent[this.recentNext] = at;
      this.recentNext = (this.recentNext + 1) % this.maxInAnySecond;
    }
  }

  private async acquire(): Promise<void> {
    this.refill();
    for (;;) {
      const tokenWait = this.tokens < 1 ? Math.ceil(((1 - this.tokens) * 1000) / this.perSecond) : 0;
      const wait = Math.max(tokenWait, this.windowWait());
      if (wait === 0) break;
      await this.sleep(wait);
      this.refill();
    }
    this.tokens -= 1;
    this.record(this.now());
  }
}

function checkRate(perSecond: number, burst: number): void {
  if (!(perSecond > 0)) throw new RangeError(`rateLimit.perSecond must be > 0, got ${perSecond}`);
  if (!(burst >= 1)) throw new RangeError(`rateLimit.burst must be >= 1, got ${burst}`);
}
