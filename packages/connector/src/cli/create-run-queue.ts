/** Runs named jobs one at a time; a job already running or waiting is not queued twice. */
export interface RunQueue {
  /** Queues `job` unless a job of that name is already waiting or running; resolves when it has run. */
  enqueue(name: string, job: () => Promise<void>): Promise<void>;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
  /** Names of the jobs running or waiting. */
  pending(): string[];
}

/** A serial queue: `connector schedule` makes one run at a time, whatever the cron triggers overlap. */
export function createRunQueue(): RunQueue {
  let tail: Promise<void> = Promise.resolve();
  const names = new Set<string>();
  return {
    enqueue(name, job) {
      if (names.has(name)) return Promise.resolve();
      names.add(name);
      tail = tail.then(job).finally(() => names.delete(name));
      return tail;
    },
    idle: () => tail,
    pending: () => [...names],
  };
}
