/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight, in order; returns true when `signal`
 * aborted with items left unstarted (those in flight finish). `halted` stops scheduling the same way
 * without counting as an interruption (e.g. the write breaker tripped). `concurrency` workers walk one shared index,
 * so only the calls in flight exist as closures and promises: a p-limit queue built up front held one per
 * item (100k at 100k users), long-lived enough for V8 to promote them all to the old generation.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
  signal?: AbortSignal | undefined,
  halted?: () => boolean,
): Promise<boolean> {
  let next = 0;
  let interrupted = false;
  const worker = async (): Promise<void> => {
    while (next < items.length && !halted?.()) {
      if (signal?.aborted) {
        interrupted = true;
        return;
      }
      await fn(items[next++] as T);
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, () => worker()));
  return interrupted;
}
