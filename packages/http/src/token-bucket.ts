import { sleep as realSleep } from "./sleep.js";

/** Steady rate and burst size of a token bucket (Lever: 10/s steady, bursts up to 20; reference §3.2). */
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
}

/**
 * A token bucket shared by every call of one client, so many concurrent callers together stay under the
 * vendor's limit. Waiters are served in arrival order.
 */
export class TokenBucket {
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(o: RateLimitOptions & { now?: () => number; sleep?: (ms: number) => Promise<void> }) {
    if (!(o.perSecond > 0)) throw new RangeError(`rateLimit.perSecond must be > 0, got ${o.perSecond}`);
    if (!(o.burst >= 1)) throw new RangeError(`rateLimit.burst must be >= 1, got ${o.burst}`);
    this.perSecond = o.perSecond;
    this.burst = o.burst;
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? realSleep;
    this.tokens = o.burst;
    this.updatedAt = this.now();
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

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.perSecond) / 1000);
    this.updatedAt = now;
  }

  private async acquire(): Promise<void> {
    this.refill();
    while (this.tokens < 1) {
      await this.sleep(Math.ceil(((1 - this.tokens) * 1000) / this.perSecond));
      this.refill();
    }
    this.tokens -= 1;
  }
}
