import type { SandboxStats } from "./create-stats.js";
import type { FaultConfig } from "./fault-config.js";

/** What both `startLeverSandbox` and `startOomnitzaSandbox` return. */
export interface SandboxServer<State, Credentials> {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** What a client's `baseUrl` option takes. */
  baseUrl: string;
  credentials: Credentials;
  /** Live data with inspection helpers; reads and writes bypass HTTP, faults and stats. */
  state: State;
  /** Live counters (plain data; never contains secrets). */
  stats: SandboxStats;
  /** Changes latency, faults and rate limit at runtime; returns the resulting config. */
  configure(change: Partial<FaultConfig>): FaultConfig;
  /** Zeroes the counters (e.g. between a first sync and a rerun). */
  resetStats(): void;
  close(): Promise<void>;
}

/** Options both servers take. */
export interface CommonServerOptions {
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Initial latency, fault rates and rate limit (see `configure`). */
  faults?: Partial<FaultConfig>;
  /** Random source for faults and jitter (default: seeded from the dataset seed, so runs repeat). */
  random?: () => number;
  /** Monotonic ms clock for rate limits and the per-second stats (default `performance.now`). */
  now?: () => number;
  /** Wall clock in ms for timestamps written by requests (default `Date.now`). */
  clock?: () => number;
  /** How `latencyMs`/`jitterMs` are waited for (default: a real timer); inject to observe or skip the wait. */
  sleep?: (ms: number) => Promise<void>;
}
