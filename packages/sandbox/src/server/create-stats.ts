/** Counters every sandbox server keeps; plain data, safe to JSON.stringify (keys are labels, never secrets). */
export interface SandboxStats {
  requests: number;
  /** Requests per route, e.g. `"GET /v1/users/:id"`. */
  byRoute: Record<string, number>;
  /** Responses per HTTP status (`"reset"` for dropped connections). */
  byStatus: Record<string, number>;
  /** Responses per route and status. */
  byRouteStatus: Record<string, Record<string, number>>;
  /** 429 responses sent. */
  rateLimited: number;
  /** Faults injected, per kind. */
  faults: { error: number; reset: number; malformed: number; writeThenFail: number };
  /** Write requests (non-GET) whose change was applied, including write-then-fail ones. */
  writes: number;
  /** Highest number of requests seen in any sliding one-second window, per credential label. */
  maxPerSecond: Record<string, number>;
}

/** Mutable stats plus the recorder the server uses. */
export interface StatsRecorder {
  stats: SandboxStats;
  request(route: string, keyLabel: string): void;
  response(route: string, status: number | "reset"): void;
  reset(): void;
}

function emptyStats(): SandboxStats {
  return {
    requests: 0,
    byRoute: {},
    byStatus: {},
    byRouteStatus: {},
    rateLimited: 0,
    faults: { error: 0, reset: 0, malformed: 0, writeThenFail: 0 },
    writes: 0,
    maxPerSecond: {},
  };
}

/** Creates the recorder; `now` (ms, monotonic) drives the one-second windows. */
export function createStats(now: () => number): StatsRecorder {
  const stats = emptyStats();
  const windows = new Map<string, { times: number[]; head: number }>();
  const recorder: StatsRecorder = {
    stats,
    request(route, keyLabel) {
      stats.requests++;
      stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
      const t = now();
      const w = windows.get(keyLabel) ?? { times: [], head: 0 };
      windows.set(keyLabel, w);
      w.times.push(t);
      while (w.head < w.times.length && (w.times[w.head] as number) <= t - 1000) w.head++;
      if (w.head > 4096) {
        w.times = w.times.slice(w.head);
        w.head = 0;
      }
      const inWindow = w.times.length - w.head;
      if (inWindow > (stats.maxPerSecond[keyLabel] ?? 0)) stats.maxPerSecond[keyLabel] = inWindow;
    },
    response(route, status) {
      const s = String(status);
      stats.byStatus[s] = (stats.byStatus[s] ?? 0) + 1;
      const perRoute = stats.byRouteStatus[route] ?? {};
      perRoute[s] = (perRoute[s] ?? 0) + 1;
      stats.byRouteStatus[route] = perRoute;
      if (status === 429) stats.rateLimited++;
    },
    reset() {
      Object.assign(stats, emptyStats());
      windows.clear();
    },
  };
  return recorder;
}
